package io.github.seatablespring.core;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.SelectOption;

/** Blocking columns operations that wait for their reactive twin. */
final class DefaultColumnsOperations implements ColumnsOperations {

	private final ReactiveColumnsOperations reactive;

	DefaultColumnsOperations(ReactiveColumnsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Column> list(String table) {
		return Blocking.await(this.reactive.list(table).collectList());
	}

	@Override
	public List<Column> list(String table, String view) {
		return Blocking.await(this.reactive.list(table, view).collectList());
	}

	@Override
	public Column insert(String table, ColumnDefinition column) {
		return Blocking.await(this.reactive.insert(table, column));
	}

	@Override
	public Column insert(String table, ColumnDefinition column, String anchorColumn) {
		return Blocking.await(this.reactive.insert(table, column, anchorColumn));
	}

	@Override
	public List<Column> append(String table, List<ColumnDefinition> columns) {
		return Blocking.await(this.reactive.append(table, columns));
	}

	@Override
	public Column rename(String table, String column, String newName) {
		return Blocking.await(this.reactive.rename(table, column, newName));
	}

	@Override
	public Column resize(String table, String column, int width) {
		return Blocking.await(this.reactive.resize(table, column, width));
	}

	@Override
	public Column freeze(String table, String column, boolean frozen) {
		return Blocking.await(this.reactive.freeze(table, column, frozen));
	}

	@Override
	public Column move(String table, String column, String targetColumn) {
		return Blocking.await(this.reactive.move(table, column, targetColumn));
	}

	@Override
	public Column changeType(String table, String column, String newType) {
		return Blocking.await(this.reactive.changeType(table, column, newType));
	}

	@Override
	public Column changeType(String table, String column, String newType, Map<String, ?> data) {
		return Blocking.await(this.reactive.changeType(table, column, newType, data));
	}

	@Override
	public void delete(String table, String column) {
		Blocking.run(this.reactive.delete(table, column));
	}

	@Override
	public void addSelectOptions(String table, String column, List<SelectOption> options) {
		Blocking.run(this.reactive.addSelectOptions(table, column, options));
	}

	@Override
	public List<SelectOption> updateSelectOptions(String table, String column, List<SelectOption> options) {
		return Blocking.await(this.reactive.updateSelectOptions(table, column, options));
	}

	@Override
	public void deleteSelectOptions(String table, String column, List<String> optionNames) {
		Blocking.run(this.reactive.deleteSelectOptions(table, column, optionNames));
	}

	@Override
	public void updateCascade(String table, String parentColumn, String childColumn,
			Map<String, List<String>> childOptions) {
		Blocking.run(this.reactive.updateCascade(table, parentColumn, childColumn, childOptions));
	}

}

package io.github.seatablespring.core;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.SelectOption;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the columns of a table (list, insert, append, update, delete,
 * select options, cascades); reached with {@code reactiveTemplate.columns()}. A
 * {@code column} argument is a column's name or key.
 *
 * @see ColumnsOperations
 */
public interface ReactiveColumnsOperations {

	/** The columns of a table. */
	Flux<Column> list(String table);

	/** The columns a view of a table shows. */
	Flux<Column> list(String table, String view);

	/** Adds a column at the end of a table. */
	Mono<Column> insert(String table, ColumnDefinition column);

	/** Adds a column right after the anchor column (a name or key). */
	Mono<Column> insert(String table, ColumnDefinition column, String anchorColumn);

	/**
	 * Adds several columns at the end of a table; formula, link and link-formula columns
	 * need {@link #insert}.
	 */
	Mono<List<Column>> append(String table, List<ColumnDefinition> columns);

	/** Renames a column. */
	Mono<Column> rename(String table, String column, String newName);

	/** Sets a column's width in pixels. */
	Mono<Column> resize(String table, String column, int width);

	/** Freezes or unfreezes a column. */
	Mono<Column> freeze(String table, String column, boolean frozen);

	/** Moves a column next to the target column. */
	Mono<Column> move(String table, String column, String targetColumn);

	/** Changes a column's type, without type settings. */
	Mono<Column> changeType(String table, String column, String newType);

	/** Changes a column's type and its type settings ({@code column_data}). */
	Mono<Column> changeType(String table, String column, String newType, Map<String, ?> data);

	/** Deletes a column with its cells. */
	Mono<Void> delete(String table, String column);

	/** Adds options to a single- or multiple-select column. */
	Mono<Void> addSelectOptions(String table, String column, List<SelectOption> options);

	/**
	 * Changes the name or colors of options, each identified by its id; returns the
	 * options as SeaTable answers them.
	 */
	Mono<List<SelectOption>> updateSelectOptions(String table, String column, List<SelectOption> options);

	/** Removes options by name; cells that held them lose them. */
	Mono<Void> deleteSelectOptions(String table, String column, List<String> optionNames);

	/**
	 * Sets which options of the child single-select column go with each option of the
	 * parent single-select column.
	 */
	Mono<Void> updateCascade(String table, String parentColumn, String childColumn,
			Map<String, List<String>> childOptions);

}

package io.github.seatablespring.core;

import java.util.List;

import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.Table;

/** Blocking table operations that wait for their reactive twin. */
final class DefaultTableOperations implements TableOperations {

	private final ReactiveTableOperations reactive;

	DefaultTableOperations(ReactiveTableOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public Table create(String name, List<ColumnDefinition> columns) {
		return Blocking.await(this.reactive.create(name, columns));
	}

	@Override
	public void rename(String name, String newName) {
		Blocking.run(this.reactive.rename(name, newName));
	}

	@Override
	public void delete(String name) {
		Blocking.run(this.reactive.delete(name));
	}

	@Override
	public Table duplicate(String name, boolean withRows) {
		return Blocking.await(this.reactive.duplicate(name, withRows));
	}

}

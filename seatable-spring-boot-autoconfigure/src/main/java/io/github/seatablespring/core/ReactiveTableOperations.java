package io.github.seatablespring.core;

import java.util.List;

import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.Table;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the tables of a base; reached with
 * {@code reactiveTemplate.tables()}.
 *
 * @see TableOperations
 */
public interface ReactiveTableOperations {

	/**
	 * Creates a table with these columns. The first column must be of type text, number,
	 * date, single select, formula or auto number.
	 */
	Mono<Table> create(String name, List<ColumnDefinition> columns);

	/** Renames a table. */
	Mono<Void> rename(String name, String newName);

	/** Deletes a table with its rows. */
	Mono<Void> delete(String name);

	/**
	 * Duplicates a table, with or without its rows. SeaTable names the copy after the
	 * original with {@code (copy)} appended; {@link #rename} it in a second step.
	 */
	Mono<Table> duplicate(String name, boolean withRows);

}

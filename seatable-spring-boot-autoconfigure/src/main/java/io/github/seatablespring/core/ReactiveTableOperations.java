package io.github.seatablespring.core;

import java.util.List;

import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.Table;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the tables of a base; reached with {@code reactiveTemplate.tables()}.
 *
 * @see TableOperations
 */
public interface ReactiveTableOperations {

	/**
	 * Creates a table with these columns. The first column must be of type text, number, date,
	 * single select, formula or auto number.
	 */
	Mono<Table> create(String name, List<ColumnDefinition> columns);

}

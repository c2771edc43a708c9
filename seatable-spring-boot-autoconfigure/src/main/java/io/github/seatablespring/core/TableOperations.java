package io.github.seatablespring.core;

import java.util.List;

import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.Table;

/**
 * Operations on the tables of a base; reached with {@code seaTable.tables()}.
 *
 * @see ReactiveTableOperations
 */
public interface TableOperations {

	/**
	 * Creates a table with these columns. The first column must be of type text, number,
	 * date, single select, formula or auto number.
	 */
	Table create(String name, List<ColumnDefinition> columns);

	/** Renames a table. */
	void rename(String name, String newName);

	/** Deletes a table with its rows. */
	void delete(String name);

	/**
	 * Duplicates a table, with or without its rows. SeaTable names the copy after the
	 * original with {@code (copy)} appended; {@link #rename} it in a second step.
	 */
	Table duplicate(String name, boolean withRows);

}

package io.github.seatablespring.model;

import java.util.List;
import java.util.Optional;

/**
 * A table of a base with its columns and views.
 *
 * @param id the table id (for example {@code "0000"})
 * @param name the table name
 * @param columns the columns, in the order SeaTable lists them
 * @param views the views
 */
public record Table(String id, String name, List<Column> columns, List<View> views) {

	public Table {
		columns = List.copyOf(columns);
		views = List.copyOf(views);
	}

	/** The column with this name, if the table has one. */
	public Optional<Column> column(String name) {
		return this.columns.stream().filter((column) -> column.name().equals(name)).findFirst();
	}

	/** The view with this name, if the table has one. */
	public Optional<View> view(String name) {
		return this.views.stream().filter((view) -> view.name().equals(name)).findFirst();
	}

}

package io.github.seatablespring.model;

import java.util.List;
import java.util.Optional;

/**
 * The structure of a base: its tables with their columns and views. It holds no row data.
 *
 * @param tables the tables of the base
 * @param version the metadata version SeaTable reports, or 0 when absent
 */
public record Metadata(List<Table> tables, long version) {

	public Metadata {
		tables = List.copyOf(tables);
	}

	/** The table with this name, if the base has one. */
	public Optional<Table> table(String name) {
		return this.tables.stream().filter((table) -> table.name().equals(name)).findFirst();
	}

}

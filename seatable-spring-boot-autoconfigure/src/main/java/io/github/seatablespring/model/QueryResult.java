package io.github.seatablespring.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * The result of an SQL statement: rows keyed by column name, and the metadata of the
 * columns the statement returned.
 *
 * @param rows the result rows
 * @param columns the columns of the result, as SeaTable describes them
 */
public record QueryResult(List<Row> rows, List<Column> columns) {

	public QueryResult {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
	}

	/** Number of rows. */
	public int size() {
		return this.rows.size();
	}

	/** The rows as a stream. */
	public Stream<Row> stream() {
		return this.rows.stream();
	}

}

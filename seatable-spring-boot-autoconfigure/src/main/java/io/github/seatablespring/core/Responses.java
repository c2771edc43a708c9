package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.List;

import io.github.seatablespring.http.AnswerReadException;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.Metadata;
import io.github.seatablespring.model.Table;
import io.github.seatablespring.model.View;
import tools.jackson.databind.JsonNode;

/**
 * Reads the schema answers several areas share (the metadata, a table, columns) and names
 * a malformed answer. Parsing is lenient about what it does not need (unknown fields,
 * fields of an unexpected type, missing optional parts) and strict about what it does, so
 * that every response a real server sends can be read. Rows are read by
 * {@link DefaultReactiveRowsOperations}, straight from the answer's bytes.
 */
final class Responses {

	private Responses() {
	}

	/** {@code {"metadata": {"tables": [...], "version": n}}}. */
	static Metadata metadata(JsonNode body, String path) {
		JsonNode metadata = body.path("metadata");
		if (!metadata.path("tables").isArray()) {
			throw malformed("no metadata.tables array");
		}
		List<Table> tables = new ArrayList<>();
		for (JsonNode table : metadata.path("tables")) {
			tables.add(table(table, path));
		}
		return new Metadata(tables, metadata.path("version").asLong(0));
	}

	/** A table as the metadata and the create-table answer describe it. */
	static Table table(JsonNode table, String path) {
		if (!table.isObject()) {
			throw malformed("a table that is not a JSON object");
		}
		List<View> views = new ArrayList<>();
		for (JsonNode view : table.path("views")) {
			views.add(new View(JsonFields.text(view, "_id"), JsonFields.text(view, "name"),
					JsonFields.text(view, "type")));
		}
		return new Table(JsonFields.text(table, "_id"), JsonFields.text(table, "name"), columns(table.path("columns")),
				views);
	}

	/** The columns of a JSON array; anything else has none. */
	static List<Column> columns(JsonNode columns) {
		List<Column> result = new ArrayList<>();
		if (columns.isArray()) {
			for (JsonNode column : columns) {
				result.add(new Column(JsonFields.text(column, "key"), JsonFields.text(column, "name"),
						JsonFields.text(column, "type"), JsonFields.object(column.path("data"))));
			}
		}
		return result;
	}

	/**
	 * SeaTable's answer lacks what the operation needs. Read inside an
	 * {@link io.github.seatablespring.http.AnswerReader}, the exception gets the answer's
	 * method, path and status.
	 */
	static AnswerReadException malformed(String what) {
		return AnswerReadException.malformed("SeaTable's answer held " + what);
	}

}

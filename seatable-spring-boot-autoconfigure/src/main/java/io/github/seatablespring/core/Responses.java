package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.Metadata;
import io.github.seatablespring.model.QueryResult;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.model.Table;
import io.github.seatablespring.model.ValueConverter;
import io.github.seatablespring.model.View;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads SeaTable's JSON answers into the model. Parsing is lenient about what it does not need
 * (unknown fields, fields of an unexpected type, missing optional parts) and strict about what it
 * does (rows must be objects), so that every response a real server sends can be read.
 */
final class Responses {

	private static final Log logger = LogFactory.getLog(Responses.class);

	private final Set<String> reportedLinkColumns = ConcurrentHashMap.newKeySet();

	private final JsonMapper mapper;

	private final ValueConverter converter;

	Responses(JsonMapper mapper) {
		this.mapper = mapper;
		this.converter = ValueConverter.of(mapper);
	}

	Row row(JsonNode node, String path) {
		if (!node.isObject()) {
			throw malformed("a row that is not a JSON object", path);
		}
		Row row = new Row(values(node), this.converter);
		reportCutLinks(row);
		return row;
	}

	/**
	 * SeaTable silently returns only the first 50 links of a link cell; say so (once per column)
	 * rather than let the caller take a cut list for the whole.
	 */
	private void reportCutLinks(Row row) {
		for (String column : row.columnsWithMoreLinks()) {
			if (this.reportedLinkColumns.add(column) && logger.isWarnEnabled()) {
				logger.warn("Link column '" + column + "' holds " + Row.MAX_LINKS_PER_CELL
						+ " links in a row result, SeaTable's maximum there: further links are not in the row. "
						+ "Row.mayHaveMoreLinks(column) tells which rows; read every link with "
						+ "links().streamLinkedRows(table, column, rowId).");
			}
		}
	}

	/** Builds a row from values the client sent, plus the id the server assigned. */
	Row row(Map<String, ?> values, String id) {
		Map<String, @Nullable Object> cells = new LinkedHashMap<>();
		cells.put(Row.ID, id);
		values.forEach(cells::put);
		return new Row(cells, this.converter);
	}

	List<Row> rows(JsonNode body, String field, String path) {
		JsonNode rows = body.path(field);
		if (!rows.isArray()) {
			throw malformed("no '" + field + "' array", path);
		}
		List<Row> result = new ArrayList<>(rows.size());
		rows.forEach((row) -> result.add(row(row, path)));
		return result;
	}

	Metadata metadata(JsonNode body, String path) {
		JsonNode metadata = body.path("metadata");
		if (!metadata.path("tables").isArray()) {
			throw malformed("no metadata.tables array", path);
		}
		List<Table> tables = new ArrayList<>();
		for (JsonNode table : metadata.path("tables")) {
			tables.add(table(table, path));
		}
		return new Metadata(tables, metadata.path("version").asLong(0));
	}

	/** A table as the metadata and the create-table answer describe it. */
	Table table(JsonNode table, String path) {
		if (!table.isObject()) {
			throw malformed("a table that is not a JSON object", path);
		}
		List<View> views = new ArrayList<>();
		for (JsonNode view : table.path("views")) {
			views.add(new View(text(view, "_id"), text(view, "name"), text(view, "type")));
		}
		return new Table(text(table, "_id"), text(table, "name"), columns(table.path("columns")), views);
	}

	List<Column> columns(JsonNode columns) {
		List<Column> result = new ArrayList<>();
		if (columns.isArray()) {
			for (JsonNode column : columns) {
				JsonNode data = column.path("data");
				Map<String, @Nullable Object> settings = data.isObject() ? values(data) : Map.of();
				result.add(new Column(text(column, "key"), text(column, "name"), text(column, "type"), settings));
			}
		}
		return result;
	}

	/**
	 * An SQL answer. Rows of implicit joins come keyed by column key even with
	 * {@code convert_keys}, so their keys are mapped back to names with the answer's metadata.
	 */
	QueryResult queryResult(JsonNode body, String path) {
		if (body.path("success").isBoolean() && !body.path("success").booleanValue()) {
			throw new SeaTableBadRequestException("SeaTable could not run the SQL statement", 200,
					body.path("error_message").asString(""), "POST", path, null);
		}
		List<Column> columns = columns(body.path("metadata"));
		List<Row> rows = rows(body, "results", path);
		if (body.path("is_join_stmt").asBoolean(false)) {
			rows = rows.stream().map((row) -> renameKeys(row, columns)).toList();
		}
		return new QueryResult(rows, columns);
	}

	private Row renameKeys(Row row, List<Column> columns) {
		Map<String, String> names = new LinkedHashMap<>();
		columns.forEach((column) -> names.put(column.key(), column.name()));
		Map<String, @Nullable Object> renamed = new LinkedHashMap<>();
		row.values().forEach((key, value) -> renamed.put(names.getOrDefault(key, key), value));
		return new Row(renamed, this.converter);
	}

	@SuppressWarnings("unchecked")
	private Map<String, @Nullable Object> values(JsonNode object) {
		return this.mapper.convertValue(object, LinkedHashMap.class);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? "" : value.asString();
	}

	static SeaTableMalformedResponseException malformed(String what, String path) {
		return new SeaTableMalformedResponseException("SeaTable's answer held " + what, 200, null, null, path, null);
	}

	/** The fields of a JSON object as plain Java values; an empty map for anything else (masked values). */
	Map<String, @Nullable Object> objectOrEmpty(JsonNode node) {
		return node.isObject() ? values(node) : Map.of();
	}

}

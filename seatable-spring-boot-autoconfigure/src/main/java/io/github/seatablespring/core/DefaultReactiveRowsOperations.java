package io.github.seatablespring.core;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.http.AnswerReadException;
import io.github.seatablespring.http.AnswerReader;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.QueryResult;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.model.RowReader;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Rows and SQL on the API gateway's {@code /rows/} and {@code /sql/}. Each answer is read
 * next to the request that asks for it, straight from the response's bytes: rows go from
 * the JSON tokens into {@link Row}s once, with no tree or map in between.
 */
final class DefaultReactiveRowsOperations implements ReactiveRowsOperations {

	/** SeaTable's maximum number of rows deleted per request. */
	static final int MAX_DELETE_BATCH = 10_000;

	private static final Log logger = LogFactory.getLog(DefaultReactiveRowsOperations.class);

	private static final String ROWS = "/rows/";

	private static final String ROW = "/rows/{row_id}/";

	private static final String SQL = "/sql/";

	private final BaseApiClient api;

	private final JsonMapper rowMapper;

	private final RowReader reader;

	private final RowWriter writer;

	private final Set<String> reportedLinkColumns = ConcurrentHashMap.newKeySet();

	DefaultReactiveRowsOperations(BaseApiClient api, JsonMapper rowMapper, RowWriter writer) {
		this.api = api;
		this.rowMapper = rowMapper;
		this.reader = new RowReader(rowMapper);
		this.writer = writer;
	}

	@Override
	public Flux<Row> listRows(RowQuery query) {
		Assert.notNull(query, "query must not be null");
		// one page: its rows are emitted straight from the list, without
		// flatMapIterable's
		// queue
		return page(query, query.getStart()).flatMapMany(Flux::fromIterable);
	}

	@Override
	public Flux<Row> streamRows(String table) {
		return streamRows(RowQuery.table(table));
	}

	@Override
	public Flux<Row> streamRows(RowQuery query) {
		Assert.notNull(query, "query must not be null");
		return Pager
			.pages(query.getStart(), (start) -> page(query, (int) start),
					(start, rows) -> Pager.nextIfFull(start, rows.size(), query.getLimit()))
			// one page at a time: the next request goes out only when the subscriber
			// wants more rows
			.flatMapIterable((rows) -> rows, 1);
	}

	@Override
	public <T> Flux<T> streamRows(String table, Class<T> type) {
		return streamRows(table).map(mapping(type));
	}

	/**
	 * Maps rows to {@code type}, turning even an {@link OutOfMemoryError} into an
	 * exception of the call: Reactor rethrows such errors on Netty's event loop, where
	 * the caller never sees them and waits forever.
	 */
	private static <T> Function<Row, T> mapping(Class<T> type) {
		Assert.notNull(type, "type must not be null");
		return (row) -> {
			try {
				return row.as(type);
			}
			catch (VirtualMachineError | LinkageError ex) {
				throw new SeaTableException("Could not map a row to " + type.getName() + " (" + ex + ")", ex);
			}
		};
	}

	private Mono<List<Row>> page(RowQuery query, int start) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("table_name", query.getTable());
		parameters.put("view_name", query.getView());
		parameters.put("order_by", query.getOrderBy());
		parameters.put("direction",
				(query.getDirection() != null) ? query.getDirection().name().toLowerCase(Locale.ROOT) : null);
		parameters.put("start", start);
		parameters.put("limit", query.getLimit());
		parameters.put("convert_keys", true);
		return this.api.exchange(HttpMethod.GET, ROWS, Map.of(), parameters, null, this::readRowsPage);
	}

	/** {@code {"rows": [...]}}. */
	private List<Row> readRowsPage(InputStream body) {
		try (JsonParser parser = this.rowMapper.createParser(body)) {
			List<Row> rows = null;
			if (parser.nextToken() == JsonToken.START_OBJECT) {
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String field = parser.currentName();
					parser.nextToken();
					if (field.equals("rows")) {
						rows = readRows(parser, "rows");
					}
					else {
						parser.skipChildren();
					}
				}
			}
			if (rows == null) {
				throw Responses.malformed("no 'rows' array");
			}
			return rows;
		}
	}

	/**
	 * The array of rows the parser is at, each row read once, straight into a
	 * {@link Row}.
	 */
	private List<Row> readRows(JsonParser parser, String field) {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw Responses.malformed("no '" + field + "' array");
		}
		List<Row> rows = new ArrayList<>();
		Row previous = null;
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			previous = readRow(parser, previous);
			rows.add(previous);
		}
		return rows;
	}

	/**
	 * The row the parser is at; it shares its column names with {@code previous}, the row
	 * before it in the same array, when they are the same.
	 */
	private Row readRow(JsonParser parser, @Nullable Row previous) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw Responses.malformed("a row that is not a JSON object");
		}
		Row row = this.reader.read(parser, previous);
		reportCutLinks(row);
		return row;
	}

	/**
	 * SeaTable silently returns only the first 50 links of a link cell; say so (once per
	 * column) rather than let the caller take a cut list for the whole.
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

	@Override
	public Mono<Row> getRow(String table, String rowId) {
		RowWriter.requireTable(table);
		RowIds.require(rowId);
		Map<String, Object> query = Map.of("table_name", table, "convert_keys", true);
		return this.api.exchange(HttpMethod.GET, ROW, Map.of("row_id", rowId), query, null, (body) -> {
			try (JsonParser parser = this.rowMapper.createParser(body)) {
				parser.nextToken();
				return readRow(parser, null);
			}
		});
	}

	@Override
	public <T> Mono<T> getRow(String table, String rowId, Class<T> type) {
		return getRow(table, rowId).map(mapping(type));
	}

	@Override
	public Mono<Row> appendRow(String table, Map<String, ?> values) {
		RowWriter.requireTable(table);
		RowWriter.requireValues(values, "values");
		return Mono.fromSupplier(() -> List.of(this.writer.encode(values)))
			.flatMap((rows) -> this.writer
				.validate("Appending a row", HttpMethod.POST, ROWS, table, List.of("the row"), rows)
				.then(Mono.defer(() -> append(1, this.writer.appendBody(table, rows)))))
			.map((result) -> {
				Map<String, @Nullable Object> cells = new LinkedHashMap<>();
				cells.put(Row.ID, result.rowIds().get(0));
				cells.putAll(values);
				return new Row(cells, this.reader.converter());
			});
	}

	@Override
	public Mono<BatchResult> appendRows(String table, List<? extends Map<String, ?>> rows) {
		RowWriter.requireTable(table);
		Assert.notNull(rows, "rows must not be null");
		rows.forEach((row) -> RowWriter.requireValues(row, "every row"));
		return appendAll(table, rows, (row) -> row);
	}

	@Override
	public Mono<Row> appendObject(String table, Object object) {
		RowWriter.requireTable(table);
		return appendRow(table, this.writer.valuesOf(object, "object"));
	}

	@Override
	public Mono<BatchResult> appendObjects(String table, List<?> objects) {
		RowWriter.requireTable(table);
		Assert.notNull(objects, "objects must not be null");
		objects.forEach((object) -> Assert.notNull(object, "every object must not be null"));
		return appendAll(table, objects, (object) -> this.writer.valuesOf(object, "every object"));
	}

	private <T> Mono<BatchResult> appendAll(String table, List<T> items, Function<T, Map<String, ?>> values) {
		String operation = "Appending " + items.size() + " rows";
		return this.writer.appendAll(operation, operation + " to '" + table + "'", ROWS, table, items, values,
				this::append);
	}

	@Override
	public Mono<Void> updateObject(String table, String rowId, Object object) {
		RowWriter.requireTable(table);
		return updateRow(table, rowId, this.writer.valuesOf(object, "object"));
	}

	/**
	 * Sends a body of {@code rows} rows. The answer, {@code {"inserted_row_count": n,
	 * "row_ids": [{"_id": ...}, ...]}}, holds one new id per row sent; it is read from
	 * its tokens, with no tree of a thousand ids in between.
	 */
	private Mono<BatchResult> append(int rows, byte[] body) {
		return this.api.exchange(HttpMethod.POST, ROWS, Map.of(), Map.of(), body, (answer) -> appended(answer, rows));
	}

	private BatchResult appended(InputStream answer, int rows) {
		List<String> ids = new ArrayList<>(rows);
		Integer inserted = null;
		try (JsonParser parser = this.rowMapper.createParser(answer)) {
			if (parser.nextToken() == JsonToken.START_OBJECT) {
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String field = parser.currentName();
					JsonToken value = parser.nextToken();
					if (field.equals("row_ids") && value == JsonToken.START_ARRAY) {
						while (parser.nextToken() != JsonToken.END_ARRAY) {
							ids.add(rowId(parser));
						}
					}
					else if (field.equals("inserted_row_count") && value.isNumeric()) {
						inserted = parser.getValueAsInt();
					}
					else {
						parser.skipChildren();
					}
				}
			}
		}
		if (ids.size() != rows || ids.contains("")) {
			throw Responses.malformed(ids.size() + " row ids (" + ids.stream().filter(String::isEmpty).count()
					+ " empty) for " + rows + " appended rows");
		}
		if (inserted != null && inserted != rows) {
			throw Responses.malformed("inserted_row_count " + inserted + " for " + rows + " appended rows");
		}
		return new BatchResult(rows, 1, ids);
	}

	/**
	 * The {@code _id} of the {@code {"_id": ...}} the parser is at; empty if it has none.
	 */
	private static String rowId(JsonParser parser) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			parser.skipChildren();
			return "";
		}
		String id = "";
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String field = parser.currentName();
			JsonToken value = parser.nextToken();
			if (field.equals("_id") && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
				id = parser.getString();
			}
			else {
				parser.skipChildren();
			}
		}
		return id;
	}

	@Override
	public Mono<Void> updateRow(String table, String rowId, Map<String, ?> values) {
		RowWriter.requireTable(table);
		RowIds.require(rowId);
		RowWriter.requireValues(values, "values");
		return Mono.fromSupplier(() -> List.of(this.writer.encode(values)))
			.flatMap((rows) -> this.writer
				.validate("Updating a row", HttpMethod.PUT, ROWS, table, List.of("row " + rowId), rows)
				.then(Mono.defer(() -> update(table, List.of(rowId), rows))))
			.then();
	}

	@Override
	public Mono<BatchResult> updateRows(String table, Map<String, ? extends Map<String, ?>> valuesByRowId) {
		RowWriter.requireTable(table);
		Assert.notNull(valuesByRowId, "valuesByRowId must not be null");
		List<Map.Entry<String, ? extends Map<String, ?>>> updates = new ArrayList<>(valuesByRowId.entrySet());
		updates.forEach((update) -> {
			RowIds.require(update.getKey());
			RowWriter.requireValues(update.getValue(), "the values of row " + update.getKey());
		});
		String operation = "Updating " + updates.size() + " rows";
		List<String> labels = updates.stream().map((update) -> "row " + update.getKey()).toList();
		List<String> rowIds = updates.stream().map(Map.Entry::getKey).toList();
		return Mono.defer(() -> {
			RowWriter.Encoding<Map.Entry<String, ? extends Map<String, ?>>> encoded = this.writer.encoding(updates,
					Map.Entry::getValue);
			return this.writer.validate(operation, HttpMethod.PUT, ROWS, table, labels, encoded).then(Mono.defer(() -> {
				encoded.all();
				// the chunks are sent in order, each once
				AtomicInteger next = new AtomicInteger();
				return Batches.run(operation + " of '" + table + "'", updates, RowWriter.MAX_WRITE_BATCH, (chunk) -> {
					int from = next.getAndAdd(chunk.size());
					int to = from + chunk.size();
					return update(table, rowIds.subList(from, to), encoded.subList(from, to));
				});
			}));
		});
	}

	/** {@code {"success": true}}. */
	private Mono<BatchResult> update(String table, List<String> rowIds, List<? extends Map<String, ?>> rows) {
		byte[] body = this.writer.updateBody(table, rowIds, rows);
		return this.api.exchange(HttpMethod.PUT, ROWS, Map.of(), Map.of(), body, AnswerReader.tree((answer) -> {
			if (!answer.path("success").asBoolean(false)) {
				throw Responses.malformed("no \"success\": true for " + rows.size() + " updated rows");
			}
			return new BatchResult(rows.size(), 1, List.of());
		}));
	}

	@Override
	public Mono<Void> deleteRow(String table, String rowId) {
		RowWriter.requireTable(table);
		RowIds.require(rowId);
		return delete(table, List.of(rowId)).then();
	}

	@Override
	public Mono<BatchResult> deleteRows(String table, Collection<String> rowIds) {
		RowWriter.requireTable(table);
		Assert.notNull(rowIds, "rowIds must not be null");
		List<String> ids = List.copyOf(rowIds);
		ids.forEach(RowIds::require);
		return Batches.run("Deleting " + ids.size() + " rows of '" + table + "'", ids, MAX_DELETE_BATCH,
				(chunk) -> delete(table, chunk));
	}

	/**
	 * {@code {"success": true}}, with {@code "deleted_rows": n} from servers that count
	 * (rows already gone are not counted).
	 */
	private Mono<BatchResult> delete(String table, List<String> rowIds) {
		Map<String, Object> body = Map.of("table_name", table, "row_ids", rowIds);
		return this.api.exchange(HttpMethod.DELETE, ROWS, Map.of(), Map.of(), body, AnswerReader.tree((answer) -> {
			JsonNode deleted = answer.path("deleted_rows");
			if (deleted.isNumber() ? deleted.asInt() > rowIds.size() || deleted.asInt() < 0
					: !answer.path("success").asBoolean(false)) {
				throw Responses
					.malformed("neither \"success\": true nor a count of at most " + rowIds.size() + " deleted rows");
			}
			return new BatchResult(deleted.isNumber() ? deleted.asInt() : rowIds.size(), 1, List.of());
		}));
	}

	@Override
	public Mono<QueryResult> query(String sql, Object... parameters) {
		return queryPages(sql, parameters).collectList().map((pages) -> {
			if (pages.size() == 1) {
				return pages.get(0);
			}
			List<Row> rows = new ArrayList<>();
			pages.forEach((page) -> rows.addAll(page.rows()));
			List<Column> columns = pages.isEmpty() ? List.of() : pages.get(0).columns();
			return new QueryResult(rows, columns);
		});
	}

	@Override
	public <T> Flux<T> query(String sql, Class<T> type, Object... parameters) {
		return streamQuery(sql, parameters).map(mapping(type));
	}

	@Override
	public Flux<Row> streamQuery(String sql, Object... parameters) {
		return queryPages(sql, parameters).flatMapIterable(QueryResult::rows, 1);
	}

	/** The pages of a statement, each fetched only after the previous one was full. */
	private Flux<QueryResult> queryPages(String sql, Object[] parameters) {
		List<@Nullable Object> values = (parameters != null) ? Arrays.asList(parameters) : List.of();
		SqlPaging paging = SqlPaging.plan(sql, values.size());
		return Pager.pages(0, (fetched) -> sqlPage(paging, fetched, values),
				(fetched, page) -> paging.hasMore(fetched, page.rows().size()) ? fetched + page.rows().size() : -1);
	}

	private Mono<QueryResult> sqlPage(SqlPaging paging, long fetched, List<@Nullable Object> parameters) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("sql", paging.page(fetched));
		body.put("convert_keys", true);
		if (!parameters.isEmpty()) {
			body.put("parameters", parameters);
		}
		return this.api.exchange(HttpMethod.POST, SQL, Map.of(), Map.of(), body, this::readQueryResult);
	}

	/**
	 * {@code {"success": true, "results": [...], "metadata": [columns], "is_join_stmt":
	 * false}}, in any order. Rows of implicit joins come keyed by column key even with
	 * {@code convert_keys}, so their keys are mapped back to names with the answer's
	 * metadata.
	 */
	private QueryResult readQueryResult(InputStream body) {
		try (JsonParser parser = this.rowMapper.createParser(body)) {
			List<Row> rows = null;
			List<Column> columns = List.of();
			boolean failed = false;
			boolean join = false;
			String error = "";
			if (parser.nextToken() == JsonToken.START_OBJECT) {
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String field = parser.currentName();
					JsonToken value = parser.nextToken();
					switch (field) {
						case "results" -> rows = readRows(parser, "results");
						case "metadata" -> columns = Responses.columns(parser.readValueAsTree());
						case "success" -> failed = (value == JsonToken.VALUE_FALSE);
						case "is_join_stmt" -> join = (value == JsonToken.VALUE_TRUE);
						case "error_message" -> error = (value == JsonToken.VALUE_STRING) ? parser.getString() : "";
						default -> parser.skipChildren();
					}
				}
			}
			if (failed) {
				throw AnswerReadException.refused("SeaTable could not run the SQL statement", error);
			}
			if (rows == null) {
				throw Responses.malformed("no 'results' array");
			}
			if (join) {
				rows = renameKeys(rows, columns);
			}
			return new QueryResult(rows, columns);
		}
	}

	private List<Row> renameKeys(List<Row> rows, List<Column> columns) {
		Map<String, String> names = new LinkedHashMap<>();
		columns.forEach((column) -> names.put(column.key(), column.name()));
		return rows.stream().map((row) -> {
			Map<String, @Nullable Object> renamed = new LinkedHashMap<>();
			row.values().forEach((key, value) -> renamed.put(names.getOrDefault(key, key), value));
			return new Row(renamed, this.reader.converter());
		}).toList();
	}

}

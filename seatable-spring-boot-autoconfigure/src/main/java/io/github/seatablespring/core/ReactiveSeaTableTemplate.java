package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.http.FilesApiClient;
import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.Metadata;
import io.github.seatablespring.model.QueryResult;
import io.github.seatablespring.model.Row;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The reactive implementation of {@link ReactiveSeaTableOperations} for one base, on the
 * API-gateway endpoints of SeaTable 5.3 and later. It never blocks.
 */
public class ReactiveSeaTableTemplate implements ReactiveSeaTableOperations {

	/** SeaTable's maximum number of rows appended or updated per request. */
	public static final int MAX_WRITE_BATCH = 1000;

	/** SeaTable's maximum number of rows deleted per request. */
	public static final int MAX_DELETE_BATCH = 10_000;

	private static final String ROWS = "/rows/";

	private static final String SQL = "/sql/";

	private static final Pattern ROW_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

	private final BaseApiClient api;

	private final Responses responses;

	private final ReactiveTableOperations tables;

	private final ReactiveViewsOperations views;

	private final ReactiveColumnsOperations columns;

	private final ReactiveLinksOperations links;

	private final ReactiveRowLocksOperations rowLocks;

	private final ReactiveBigDataOperations bigData;

	private final ReactiveCommentsOperations comments;

	private final ReactiveNotificationsOperations notifications;

	private final ReactiveActivitiesOperations activities;

	private final ReactiveSnapshotsOperations snapshots;

	private final @Nullable ReactiveFilesOperations files;

	/**
	 * @param api the client of the base's API gateway
	 * @param mapper the application's JSON mapper, used to read rows and map them to Java types
	 */
	public ReactiveSeaTableTemplate(BaseApiClient api, JsonMapper mapper) {
		this(api, null, mapper);
	}

	/**
	 * @param api the client of the base's API gateway
	 * @param files the client of the base's file operations, or {@code null} for a template
	 * without them
	 * @param mapper the application's JSON mapper, used to read rows and map them to Java types
	 */
	public ReactiveSeaTableTemplate(BaseApiClient api, @Nullable FilesApiClient files, JsonMapper mapper) {
		this.api = api;
		this.responses = new Responses(mapper);
		this.tables = new DefaultReactiveTableOperations(api, this.responses);
		this.views = new DefaultReactiveViewsOperations(api, this.responses);
		this.columns = new DefaultReactiveColumnsOperations(api, this.responses);
		this.links = new DefaultReactiveLinksOperations(api, this.responses);
		this.rowLocks = new DefaultReactiveRowLocksOperations(api, this.responses);
		this.bigData = new DefaultReactiveBigDataOperations(api, this.responses);
		this.comments = new DefaultReactiveCommentsOperations(api, this.responses);
		this.notifications = new DefaultReactiveNotificationsOperations(api, this.responses);
		this.activities = new DefaultReactiveActivitiesOperations(api, this.responses);
		this.snapshots = new DefaultReactiveSnapshotsOperations(api, this.responses);
		this.files = (files != null) ? new DefaultReactiveFilesOperations(files, this) : null;
	}

	@Override
	public Mono<Metadata> getMetadata() {
		String path = "/metadata/";
		return this.api.get(path, Map.of(), Map.of()).map((body) -> this.responses.metadata(body, path));
	}

	@Override
	public ReactiveTableOperations tables() {
		return this.tables;
	}

	@Override
	public ReactiveViewsOperations views() {
		return this.views;
	}

	@Override
	public ReactiveColumnsOperations columns() {
		return this.columns;
	}

	@Override
	public ReactiveLinksOperations links() {
		return this.links;
	}

	@Override
	public ReactiveRowLocksOperations rowLocks() {
		return this.rowLocks;
	}

	@Override
	public ReactiveBigDataOperations bigData() {
		return this.bigData;
	}

	@Override
	public ReactiveCommentsOperations comments() {
		return this.comments;
	}

	@Override
	public ReactiveNotificationsOperations notifications() {
		return this.notifications;
	}

	@Override
	public ReactiveActivitiesOperations activities() {
		return this.activities;
	}

	@Override
	public ReactiveSnapshotsOperations snapshots() {
		return this.snapshots;
	}

	@Override
	public ReactiveFilesOperations files() {
		if (this.files == null) {
			throw new IllegalStateException("This template was built without a client for file operations");
		}
		return this.files;
	}

	@Override
	public Flux<Row> listRows(RowQuery query) {
		Assert.notNull(query, "query must not be null");
		return page(query, query.getStart()).flatMapIterable((rows) -> rows);
	}

	@Override
	public Flux<Row> streamRows(String table) {
		return streamRows(RowQuery.table(table));
	}

	@Override
	public Flux<Row> streamRows(RowQuery query) {
		Assert.notNull(query, "query must not be null");
		int pageSize = query.getLimit();
		return page(query, query.getStart())
			.map((rows) -> Tuples.of(query.getStart(), rows))
			.expand((previous) -> {
				List<Row> rows = previous.getT2();
				if (rows.size() < pageSize) {
					return Mono.empty();
				}
				int next = previous.getT1() + rows.size();
				return page(query, next).map((page) -> Tuples.of(next, page));
			})
			// one page at a time: the next request goes out only when the subscriber wants more rows
			.flatMapIterable(Tuple2::getT2, 1);
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
		return this.api.get(ROWS, Map.of(), parameters).map((body) -> this.responses.rows(body, "rows", ROWS));
	}

	@Override
	public Mono<Row> getRow(String table, String rowId) {
		requireTable(table);
		requireRowId(rowId);
		String path = "/rows/{row_id}/";
		Map<String, Object> query = Map.of("table_name", table, "convert_keys", true);
		return this.api.get(path, Map.of("row_id", rowId), query).map((body) -> this.responses.row(body, path));
	}

	@Override
	public Mono<Row> appendRow(String table, Map<String, ?> values) {
		requireTable(table);
		requireValues(values, "values");
		return append(table, List.of(values)).map((result) -> {
			if (result.rowIds().isEmpty()) {
				throw Responses.malformed("no row_ids for the appended row", ROWS);
			}
			return this.responses.row(values, result.rowIds().get(0));
		});
	}

	@Override
	public Mono<BatchResult> appendRows(String table, List<? extends Map<String, ?>> rows) {
		requireTable(table);
		Assert.notNull(rows, "rows must not be null");
		rows.forEach((row) -> requireValues(row, "every row"));
		return Batches.run("Appending " + rows.size() + " rows to '" + table + "'", List.copyOf(rows),
				MAX_WRITE_BATCH, (chunk) -> append(table, chunk));
	}

	private Mono<BatchResult> append(String table, List<? extends Map<String, ?>> rows) {
		Map<String, Object> body = Map.of("table_name", table, "rows", rows);
		return this.api.exchange(HttpMethod.POST, ROWS, Map.of(), Map.of(), body).map((answer) -> {
			List<String> ids = new ArrayList<>();
			answer.path("row_ids").forEach((id) -> ids.add(id.path("_id").asString()));
			int inserted = answer.path("inserted_row_count").asInt(ids.size());
			return new BatchResult(inserted, 1, ids);
		});
	}

	@Override
	public Mono<Void> updateRow(String table, String rowId, Map<String, ?> values) {
		requireTable(table);
		requireRowId(rowId);
		requireValues(values, "values");
		return update(table, List.of(Map.entry(rowId, values))).then();
	}

	@Override
	public Mono<BatchResult> updateRows(String table, Map<String, ? extends Map<String, ?>> valuesByRowId) {
		requireTable(table);
		Assert.notNull(valuesByRowId, "valuesByRowId must not be null");
		List<Map.Entry<String, ? extends Map<String, ?>>> updates = new ArrayList<>(valuesByRowId.entrySet());
		updates.forEach((update) -> {
			requireRowId(update.getKey());
			requireValues(update.getValue(), "the values of row " + update.getKey());
		});
		return Batches.run("Updating " + updates.size() + " rows of '" + table + "'", updates, MAX_WRITE_BATCH,
				(chunk) -> update(table, chunk));
	}

	private Mono<BatchResult> update(String table, List<? extends Map.Entry<String, ? extends Map<String, ?>>> chunk) {
		List<Map<String, Object>> updates = chunk.stream()
			.map((update) -> Map.<String, Object>of("row_id", update.getKey(), "row", update.getValue()))
			.toList();
		Map<String, Object> body = Map.of("table_name", table, "updates", updates);
		return this.api.exchange(HttpMethod.PUT, ROWS, Map.of(), Map.of(), body)
			.map((answer) -> new BatchResult(chunk.size(), 1, List.of()));
	}

	@Override
	public Mono<Void> deleteRow(String table, String rowId) {
		requireTable(table);
		requireRowId(rowId);
		return delete(table, List.of(rowId)).then();
	}

	@Override
	public Mono<BatchResult> deleteRows(String table, Collection<String> rowIds) {
		requireTable(table);
		Assert.notNull(rowIds, "rowIds must not be null");
		List<String> ids = List.copyOf(rowIds);
		ids.forEach(this::requireRowId);
		return Batches.run("Deleting " + ids.size() + " rows of '" + table + "'", ids, MAX_DELETE_BATCH,
				(chunk) -> delete(table, chunk));
	}

	private Mono<BatchResult> delete(String table, List<String> rowIds) {
		Map<String, Object> body = Map.of("table_name", table, "row_ids", rowIds);
		return this.api.exchange(HttpMethod.DELETE, ROWS, Map.of(), Map.of(), body)
			.map((answer) -> new BatchResult(answer.path("deleted_rows").asInt(rowIds.size()), 1, List.of()));
	}

	@Override
	public Mono<QueryResult> query(String sql, Object... parameters) {
		return queryPages(sql, parameters).collectList().map((pages) -> {
			List<Row> rows = new ArrayList<>();
			pages.forEach((page) -> rows.addAll(page.rows()));
			List<Column> columns = pages.isEmpty() ? List.of() : pages.get(0).columns();
			return new QueryResult(rows, columns);
		});
	}

	@Override
	public <T> Flux<T> query(String sql, Class<T> type, Object... parameters) {
		Assert.notNull(type, "type must not be null");
		return streamQuery(sql, parameters).map((row) -> row.as(type));
	}

	@Override
	public Flux<Row> streamQuery(String sql, Object... parameters) {
		return queryPages(sql, parameters).flatMapIterable(QueryResult::rows, 1);
	}

	/** The pages of a statement, each fetched only after the previous one was full. */
	private Flux<QueryResult> queryPages(String sql, Object[] parameters) {
		SqlPaging paging = SqlPaging.plan(sql);
		List<@Nullable Object> values = (parameters != null) ? Arrays.asList(parameters) : List.of();
		return sqlPage(paging, 0, values).expand((page) -> {
			long fetchedBefore = page.getT1();
			int rows = page.getT2().size();
			return paging.hasMore(fetchedBefore, rows) ? sqlPage(paging, fetchedBefore + rows, values) : Mono.empty();
		}).map(Tuple2::getT2);
	}

	private Mono<Tuple2<Long, QueryResult>> sqlPage(SqlPaging paging, long fetched, List<@Nullable Object> parameters) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("sql", paging.page(fetched));
		body.put("convert_keys", true);
		if (!parameters.isEmpty()) {
			body.put("parameters", parameters);
		}
		return this.api.exchange(HttpMethod.POST, SQL, Map.of(), Map.of(), body)
			.map((answer) -> Tuples.of(fetched, this.responses.queryResult(answer, SQL)));
	}

	private void requireTable(String table) {
		Assert.hasText(table, "table must not be empty");
	}

	private void requireRowId(String rowId) {
		Assert.isTrue(rowId != null && ROW_ID.matcher(rowId).matches(), () -> "'" + rowId
				+ "' is not a SeaTable row id (22 characters of A-Z, a-z, 0-9, '-' and '_', as in row.id())");
	}

	private void requireValues(@Nullable Map<String, ?> values, String what) {
		Assert.notNull(values, () -> what + " must not be null");
		Assert.isTrue(!values.isEmpty(), () -> what + " must name at least one column");
	}

}

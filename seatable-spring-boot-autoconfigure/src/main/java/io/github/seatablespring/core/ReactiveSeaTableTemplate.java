package io.github.seatablespring.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.http.FilesApiClient;
import io.github.seatablespring.mapping.SeaTableMapping;
import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.Collaborator;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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

	private static final TypeReference<LinkedHashMap<String, @Nullable Object>> VALUES = new TypeReference<>() {
	};

	private final BaseApiClient api;

	private final JsonMapper rowMapper;

	private final Responses responses;

	private final MetadataCache metadataCache;

	private final RowValidator validator;

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
	 * A template that checks rows before writing them with the {@link RowValidation#DEFAULTS}.
	 * @param api the client of the base's API gateway
	 * @param mapper the application's JSON mapper, used to read rows and map them to Java types
	 */
	public ReactiveSeaTableTemplate(BaseApiClient api, JsonMapper mapper) {
		this(api, null, mapper, RowValidation.DEFAULTS, Clock.systemUTC());
	}

	/**
	 * @param api the client of the base's API gateway
	 * @param files the client of the base's file operations, or {@code null} for a template
	 * without them
	 * @param mapper the application's JSON mapper, used (with the {@code SeaTableModule} added to a
	 * copy) to read rows, map them to Java types and write Java values
	 * @param validation how rows are checked against the table's columns before they are written
	 * @param clock the clock that ages the cached metadata
	 */
	public ReactiveSeaTableTemplate(BaseApiClient api, @Nullable FilesApiClient files, JsonMapper mapper,
			RowValidation validation, Clock clock) {
		this.api = api;
		this.rowMapper = SeaTableMapping.rowMapper(mapper);
		this.responses = new Responses(this.rowMapper);
		this.metadataCache = new MetadataCache(this::fetchMetadata, validation.metadataTtl(), clock);
		this.validator = new RowValidator(this.metadataCache, validation);
		this.tables = new DefaultReactiveTableOperations(api, this.responses, this.metadataCache);
		this.views = new DefaultReactiveViewsOperations(api, this.responses);
		this.columns = new DefaultReactiveColumnsOperations(api, this.responses, this.metadataCache);
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
		return fetchMetadata().doOnNext(this.metadataCache::put);
	}

	private Mono<Metadata> fetchMetadata() {
		String path = "/metadata/";
		return this.api.get(path, Map.of(), Map.of()).map((body) -> this.responses.metadata(body, path));
	}

	/**
	 * The metadata the rows are checked against before writes; {@link MetadataCache#invalidate()
	 * invalidate} it after changing tables or columns other than through this template.
	 */
	public MetadataCache metadataCache() {
		return this.metadataCache;
	}

	@Override
	public Mono<List<Collaborator>> getCollaborators() {
		String path = "/related-users/";
		return this.api.get(path, Map.of(), Map.of()).map((body) -> {
			if (!body.path("user_list").isArray()) {
				throw Responses.malformed("no 'user_list' array", path);
			}
			List<Collaborator> users = new ArrayList<>();
			body.path("user_list").forEach((user) -> users.add(new Collaborator(JsonFields.text(user, "email"),
					JsonFields.text(user, "name"), JsonFields.text(user, "contact_email"),
					JsonFields.text(user, "avatar_url"))));
			return users;
		});
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

	@Override
	public <T> Flux<T> streamRows(String table, Class<T> type) {
		Assert.notNull(type, "type must not be null");
		return streamRows(table).map((row) -> row.as(type));
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
		RowIds.require(rowId);
		String path = "/rows/{row_id}/";
		Map<String, Object> query = Map.of("table_name", table, "convert_keys", true);
		return this.api.get(path, Map.of("row_id", rowId), query).map((body) -> this.responses.row(body, path));
	}

	@Override
	public <T> Mono<T> getRow(String table, String rowId, Class<T> type) {
		Assert.notNull(type, "type must not be null");
		return getRow(table, rowId).map((row) -> row.as(type));
	}

	@Override
	public Mono<Row> appendRow(String table, Map<String, ?> values) {
		requireTable(table);
		requireValues(values, "values");
		List<ObjectNode> rows = List.of(encode(values));
		return validate("Appending a row", HttpMethod.POST, table, List.of("the row"), rows)
			.then(Mono.defer(() -> append(table, rows)))
			.map((result) -> {
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
		return appendAll(table, rows, this::encode);
	}

	@Override
	public Mono<Row> appendObject(String table, Object object) {
		requireTable(table);
		return appendRow(table, valuesOf(object, "object"));
	}

	@Override
	public Mono<BatchResult> appendObjects(String table, List<?> objects) {
		requireTable(table);
		Assert.notNull(objects, "objects must not be null");
		objects.forEach((object) -> Assert.notNull(object, "every object must not be null"));
		return appendAll(table, objects, (object) -> encode(valuesOf(object, "every object")));
	}

	@Override
	public Mono<Void> updateObject(String table, String rowId, Object object) {
		requireTable(table);
		return updateRow(table, rowId, valuesOf(object, "object"));
	}

	/**
	 * Encodes and checks every item, then appends them in batches. A batch failure reports the
	 * items as given (maps or objects) as remaining, so a resume sends them again unchanged.
	 */
	private <T> Mono<BatchResult> appendAll(String table, List<T> items, Function<T, ObjectNode> encoder) {
		List<T> batch = List.copyOf(items);
		Map<T, ObjectNode> encoded = encodeAll(batch, encoder);
		List<String> labels = new ArrayList<>(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			labels.add("row " + i);
		}
		String operation = "Appending " + batch.size() + " rows";
		return validate(operation, HttpMethod.POST, table, labels, batch.stream().map(encoded::get).toList())
			.then(Mono.defer(() -> Batches.run(operation + " to '" + table + "'", batch, MAX_WRITE_BATCH,
					(chunk) -> append(table, chunk.stream().map(encoded::get).toList()))));
	}

	/** Each item's JSON, by identity (equal maps may be given twice and both must be sent). */
	private static <T> Map<T, ObjectNode> encodeAll(List<T> items, Function<T, ObjectNode> encoder) {
		Map<T, ObjectNode> encoded = new IdentityHashMap<>();
		items.forEach((item) -> encoded.computeIfAbsent(item, encoder));
		return encoded;
	}

	private Mono<Void> validate(String operation, HttpMethod method, String table, List<String> labels,
			List<ObjectNode> rows) {
		return this.validator.check(operation, method.name(), ROWS, table, labels, rows);
	}

	/** A row's values as the JSON sent, written with the row mapper (SeaTable's date and duration formats). */
	private ObjectNode encode(Map<String, ?> values) {
		try {
			return this.rowMapper.valueToTree(values);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Could not write the values " + values.keySet() + " as JSON", ex);
		}
	}

	/**
	 * The column values of a mapped object: its properties by column name, without null ones (an
	 * object does not say whether null means "clear" or "unknown"; clear cells with a map) and
	 * without SeaTable's own fields ({@code _id}, {@code _ctime}, ...), so an object read from a
	 * table can be written back.
	 */
	private Map<String, @Nullable Object> valuesOf(Object object, String what) {
		Assert.notNull(object, () -> what + " must not be null");
		Assert.isTrue(!(object instanceof Map), () -> what + " is a Map; use appendRow/appendRows/updateRow for maps");
		Map<String, @Nullable Object> values = this.rowMapper.convertValue(object, VALUES);
		Assert.notNull(values, () -> what + " must map to a JSON object");
		values.entrySet().removeIf((cell) -> cell.getValue() == null || cell.getKey().startsWith("_"));
		Assert.isTrue(!values.isEmpty(),
				() -> what + " of type " + object.getClass().getName() + " holds no column value to write");
		return values;
	}

	private Mono<BatchResult> append(String table, List<ObjectNode> rows) {
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
		RowIds.require(rowId);
		requireValues(values, "values");
		List<ObjectNode> rows = List.of(encode(values));
		return validate("Updating a row", HttpMethod.PUT, table, List.of("row " + rowId), rows)
			.then(Mono.defer(() -> update(table, List.of(Map.entry(rowId, rows.get(0))))))
			.then();
	}

	@Override
	public Mono<BatchResult> updateRows(String table, Map<String, ? extends Map<String, ?>> valuesByRowId) {
		requireTable(table);
		Assert.notNull(valuesByRowId, "valuesByRowId must not be null");
		List<Map.Entry<String, ? extends Map<String, ?>>> updates = new ArrayList<>(valuesByRowId.entrySet());
		updates.forEach((update) -> {
			RowIds.require(update.getKey());
			requireValues(update.getValue(), "the values of row " + update.getKey());
		});
		Map<Map.Entry<String, ? extends Map<String, ?>>, ObjectNode> encoded = encodeAll(updates,
				(update) -> encode(update.getValue()));
		String operation = "Updating " + updates.size() + " rows";
		List<String> labels = updates.stream().map((update) -> "row " + update.getKey()).toList();
		return validate(operation, HttpMethod.PUT, table, labels, updates.stream().map(encoded::get).toList())
			.then(Mono.defer(() -> Batches.run(operation + " of '" + table + "'", updates, MAX_WRITE_BATCH,
					(chunk) -> update(table,
							chunk.stream().map((update) -> Map.entry(update.getKey(), encoded.get(update))).toList()))));
	}

	private Mono<BatchResult> update(String table, List<Map.Entry<String, ObjectNode>> chunk) {
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
		RowIds.require(rowId);
		return delete(table, List.of(rowId)).then();
	}

	@Override
	public Mono<BatchResult> deleteRows(String table, Collection<String> rowIds) {
		requireTable(table);
		Assert.notNull(rowIds, "rowIds must not be null");
		List<String> ids = List.copyOf(rowIds);
		ids.forEach(RowIds::require);
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
		List<@Nullable Object> values = (parameters != null) ? Arrays.asList(parameters) : List.of();
		SqlPaging paging = SqlPaging.plan(sql, values.size());
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

	private void requireValues(@Nullable Map<String, ?> values, String what) {
		Assert.notNull(values, () -> what + " must not be null");
		Assert.isTrue(!values.isEmpty(), () -> what + " must name at least one column");
	}


	@Override
	public Mono<JsonNode> exchange(HttpMethod method, String path, Map<String, ?> uriVariables, Map<String, ?> query,
			@Nullable Object body) {
		Assert.notNull(method, "method must not be null");
		Assert.isTrue(path != null && path.startsWith("/") && !path.contains("..") && !path.contains("://"),
				"path must be a path below the base's gateway, such as /rows/");
		Assert.notNull(uriVariables, "uriVariables must not be null");
		Assert.notNull(query, "query must not be null");
		return this.api.exchange(method, path, uriVariables, query, body);
	}

	@Override
	public <T> Mono<T> exchange(HttpMethod method, String path, Map<String, ?> uriVariables, Map<String, ?> query,
			@Nullable Object body, Class<T> type) {
		Assert.notNull(type, "type must not be null");
		return exchange(method, path, uriVariables, query, body).map((json) -> {
			try {
				return this.rowMapper.treeToValue(json, type);
			}
			catch (RuntimeException ex) {
				throw new io.github.seatablespring.SeaTableMalformedResponseException(
						"SeaTable's answer could not be read as " + type.getName(), 200, null, method.name(), path, ex);
			}
		});
	}

}

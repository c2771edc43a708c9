package io.github.seatablespring.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.http.AnswerReadException;
import io.github.seatablespring.http.AnswerReader;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.http.FilesApiClient;
import io.github.seatablespring.mapping.SeaTableMapping;
import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.Collaborator;
import io.github.seatablespring.model.Metadata;
import io.github.seatablespring.model.QueryResult;
import io.github.seatablespring.model.Row;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The reactive implementation of {@link ReactiveSeaTableOperations} for one base, on the
 * API-gateway endpoints of SeaTable 5.3 and later. It wires the operation areas together;
 * its own row methods are those of {@link #rows()}. It never blocks.
 */
public class ReactiveSeaTableTemplate implements ReactiveSeaTableOperations {

	/** SeaTable's maximum number of rows appended or updated per request. */
	public static final int MAX_WRITE_BATCH = RowWriter.MAX_WRITE_BATCH;

	/** SeaTable's maximum number of rows deleted per request. */
	public static final int MAX_DELETE_BATCH = DefaultReactiveRowsOperations.MAX_DELETE_BATCH;

	private final BaseApiClient api;

	/**
	 * Reads the answers of
	 * {@link #exchange(HttpMethod, String, Map, Map, Object, Class)}.
	 */
	private final JsonMapper rowMapper;

	private final MetadataCache metadataCache;

	private final DefaultReactiveRowsOperations rows;

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
	 * A template that checks rows before writing them with the
	 * {@link RowValidation#DEFAULTS}.
	 * @param api the client of the base's API gateway
	 * @param mapper the application's JSON mapper, used to read rows and map them to Java
	 * types
	 */
	public ReactiveSeaTableTemplate(BaseApiClient api, JsonMapper mapper) {
		this(api, null, mapper, RowValidation.DEFAULTS, Clock.systemUTC());
	}

	/**
	 * @param api the client of the base's API gateway
	 * @param files the client of the base's file operations, or {@code null} for a
	 * template without them
	 * @param mapper the application's JSON mapper, used (with the {@code SeaTableModule}
	 * added to a copy) to read rows, map them to Java types and write Java values
	 * @param validation how rows are checked against the table's columns before they are
	 * written
	 * @param clock the clock that ages the cached metadata
	 */
	public ReactiveSeaTableTemplate(BaseApiClient api, @Nullable FilesApiClient files, JsonMapper mapper,
			RowValidation validation, Clock clock) {
		this.api = api;
		JsonMapper rowMapper = SeaTableMapping.rowMapper(mapper);
		this.rowMapper = rowMapper;
		this.metadataCache = new MetadataCache(this::fetchMetadata, validation.metadataTtl(), clock);
		RowWriter writer = new RowWriter(rowMapper, new RowValidator(this.metadataCache, validation, rowMapper));
		this.rows = new DefaultReactiveRowsOperations(api, rowMapper, writer);
		this.tables = new DefaultReactiveTableOperations(api, this.metadataCache);
		this.views = new DefaultReactiveViewsOperations(api);
		this.columns = new DefaultReactiveColumnsOperations(api, this.metadataCache);
		this.links = new DefaultReactiveLinksOperations(api);
		this.rowLocks = new DefaultReactiveRowLocksOperations(api);
		this.bigData = new DefaultReactiveBigDataOperations(api, writer);
		this.comments = new DefaultReactiveCommentsOperations(api);
		this.notifications = new DefaultReactiveNotificationsOperations(api);
		this.activities = new DefaultReactiveActivitiesOperations(api);
		this.snapshots = new DefaultReactiveSnapshotsOperations(api);
		this.files = (files != null) ? new DefaultReactiveFilesOperations(files, this.rows) : null;
	}

	@Override
	public Mono<Metadata> getMetadata() {
		return fetchMetadata().doOnNext(this.metadataCache::put);
	}

	private Mono<Metadata> fetchMetadata() {
		return this.api.exchange(HttpMethod.GET, "/metadata/", Map.of(), Map.of(), null,
				AnswerReader.tree(Responses::metadata));
	}

	/**
	 * The metadata the rows are checked against before writes;
	 * {@link MetadataCache#invalidate() invalidate} it after changing tables or columns
	 * other than through this template.
	 */
	public MetadataCache metadataCache() {
		return this.metadataCache;
	}

	@Override
	public Mono<List<Collaborator>> getCollaborators() {
		String path = "/related-users/";
		return this.api.exchange(HttpMethod.GET, path, Map.of(), Map.of(), null, AnswerReader.tree((body) -> {
			if (!body.path("user_list").isArray()) {
				throw Responses.malformed("no 'user_list' array");
			}
			List<Collaborator> users = new ArrayList<>();
			body.path("user_list")
				.forEach((user) -> users
					.add(new Collaborator(JsonFields.text(user, "email"), JsonFields.text(user, "name"),
							JsonFields.text(user, "contact_email"), JsonFields.text(user, "avatar_url"))));
			return users;
		}));
	}

	@Override
	public ReactiveRowsOperations rows() {
		return this.rows;
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
		return this.rows.listRows(query);
	}

	@Override
	public Flux<Row> streamRows(String table) {
		return this.rows.streamRows(table);
	}

	@Override
	public Flux<Row> streamRows(RowQuery query) {
		return this.rows.streamRows(query);
	}

	@Override
	public <T> Flux<T> streamRows(String table, Class<T> type) {
		return this.rows.streamRows(table, type);
	}

	@Override
	public Mono<Row> getRow(String table, String rowId) {
		return this.rows.getRow(table, rowId);
	}

	@Override
	public <T> Mono<T> getRow(String table, String rowId, Class<T> type) {
		return this.rows.getRow(table, rowId, type);
	}

	@Override
	public Mono<Row> appendRow(String table, Map<String, ?> values) {
		return this.rows.appendRow(table, values);
	}

	@Override
	public Mono<BatchResult> appendRows(String table, List<? extends Map<String, ?>> rows) {
		return this.rows.appendRows(table, rows);
	}

	@Override
	public Mono<Row> appendObject(String table, Object object) {
		return this.rows.appendObject(table, object);
	}

	@Override
	public Mono<BatchResult> appendObjects(String table, List<?> objects) {
		return this.rows.appendObjects(table, objects);
	}

	@Override
	public Mono<Void> updateRow(String table, String rowId, Map<String, ?> values) {
		return this.rows.updateRow(table, rowId, values);
	}

	@Override
	public Mono<Void> updateObject(String table, String rowId, Object object) {
		return this.rows.updateObject(table, rowId, object);
	}

	@Override
	public Mono<BatchResult> updateRows(String table, Map<String, ? extends Map<String, ?>> valuesByRowId) {
		return this.rows.updateRows(table, valuesByRowId);
	}

	@Override
	public Mono<Void> deleteRow(String table, String rowId) {
		return this.rows.deleteRow(table, rowId);
	}

	@Override
	public Mono<BatchResult> deleteRows(String table, Collection<String> rowIds) {
		return this.rows.deleteRows(table, rowIds);
	}

	@Override
	public Mono<QueryResult> query(String sql, Object... parameters) {
		return this.rows.query(sql, parameters);
	}

	@Override
	public <T> Flux<T> query(String sql, Class<T> type, Object... parameters) {
		return this.rows.query(sql, type, parameters);
	}

	@Override
	public Flux<Row> streamQuery(String sql, Object... parameters) {
		return this.rows.streamQuery(sql, parameters);
	}

	@Override
	public Mono<JsonNode> exchange(HttpMethod method, String path, Map<String, ?> uriVariables, Map<String, ?> query,
			@Nullable Object body) {
		requireExchange(method, path, uriVariables, query);
		return this.api.exchange(method, path, uriVariables, query, body);
	}

	@Override
	public <T> Mono<T> exchange(HttpMethod method, String path, Map<String, ?> uriVariables, Map<String, ?> query,
			@Nullable Object body, Class<T> type) {
		Assert.notNull(type, "type must not be null");
		requireExchange(method, path, uriVariables, query);
		return this.api.exchange(method, path, uriVariables, query, body, AnswerReader.tree((json) -> {
			try {
				return this.rowMapper.treeToValue(json, type);
			}
			catch (RuntimeException ex) {
				String summary = "SeaTable's answer could not be read as " + type.getName();
				throw new AnswerReadException(summary,
						(answer) -> new SeaTableMalformedResponseException(summary, answer, ex));
			}
		}));
	}

	private static void requireExchange(HttpMethod method, String path, Map<String, ?> uriVariables,
			Map<String, ?> query) {
		Assert.notNull(method, "method must not be null");
		Assert.isTrue(path != null && path.startsWith("/") && !path.contains("..") && !path.contains("://"),
				"path must be a path below the base's gateway, such as /rows/");
		Assert.notNull(uriVariables, "uriVariables must not be null");
		Assert.notNull(query, "query must not be null");
	}

}

package io.github.seatablespring.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.Collaborator;
import io.github.seatablespring.model.Metadata;
import io.github.seatablespring.model.QueryResult;
import io.github.seatablespring.model.Row;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

/**
 * The blocking {@link SeaTableOperations} for one base. It runs the operations of a
 * {@link ReactiveSeaTableOperations} and waits for their result, so both share one token
 * cache and one quota. Streams read lazily: a page is requested only when the stream
 * needs its rows. Do not call it from a reactive thread; use the reactive template there.
 */
public class SeaTableTemplate implements SeaTableOperations {

	/**
	 * Rows buffered ahead of a stream's consumer; well below a page, so only one page is
	 * read ahead.
	 */
	private static final int STREAM_BUFFER = 256;

	private final ReactiveSeaTableOperations reactive;

	private final TableOperations tables;

	private final ViewsOperations views;

	private final ColumnsOperations columns;

	private final LinksOperations links;

	private final RowLocksOperations rowLocks;

	private final BigDataOperations bigData;

	private final CommentsOperations comments;

	private final NotificationsOperations notifications;

	private final ActivitiesOperations activities;

	private final SnapshotsOperations snapshots;

	private final FilesOperations files;

	public SeaTableTemplate(ReactiveSeaTableOperations reactive) {
		this.reactive = reactive;
		this.tables = new DefaultTableOperations(reactive.tables());
		this.views = new DefaultViewsOperations(reactive.views());
		this.columns = new DefaultColumnsOperations(reactive.columns());
		this.links = new DefaultLinksOperations(reactive.links());
		this.rowLocks = new DefaultRowLocksOperations(reactive.rowLocks());
		this.bigData = new DefaultBigDataOperations(reactive.bigData());
		this.comments = new DefaultCommentsOperations(reactive.comments());
		this.notifications = new DefaultNotificationsOperations(reactive.notifications());
		this.activities = new DefaultActivitiesOperations(reactive.activities());
		this.snapshots = new DefaultSnapshotsOperations(reactive.snapshots());
		// looked up on first use: a reactive template may have been built without file
		// operations
		this.files = new DefaultFilesOperations(reactive::files);
	}

	/** The reactive operations this template runs on. */
	public ReactiveSeaTableOperations reactive() {
		return this.reactive;
	}

	@Override
	public Metadata getMetadata() {
		return Blocking.await(this.reactive.getMetadata());
	}

	@Override
	public List<Collaborator> getCollaborators() {
		return Blocking.await(this.reactive.getCollaborators());
	}

	@Override
	public TableOperations tables() {
		return this.tables;
	}

	@Override
	public ViewsOperations views() {
		return this.views;
	}

	@Override
	public ColumnsOperations columns() {
		return this.columns;
	}

	@Override
	public LinksOperations links() {
		return this.links;
	}

	@Override
	public RowLocksOperations rowLocks() {
		return this.rowLocks;
	}

	@Override
	public BigDataOperations bigData() {
		return this.bigData;
	}

	@Override
	public CommentsOperations comments() {
		return this.comments;
	}

	@Override
	public NotificationsOperations notifications() {
		return this.notifications;
	}

	@Override
	public ActivitiesOperations activities() {
		return this.activities;
	}

	@Override
	public SnapshotsOperations snapshots() {
		return this.snapshots;
	}

	@Override
	public FilesOperations files() {
		return this.files;
	}

	@Override
	public List<Row> listRows(RowQuery query) {
		return Blocking.await(this.reactive.listRows(query).collectList());
	}

	@Override
	public Stream<Row> streamRows(String table) {
		return this.reactive.streamRows(table).toStream(STREAM_BUFFER);
	}

	@Override
	public Stream<Row> streamRows(RowQuery query) {
		return this.reactive.streamRows(query).toStream(STREAM_BUFFER);
	}

	@Override
	public <T> Stream<T> streamRows(String table, Class<T> type) {
		return this.reactive.streamRows(table, type).toStream(STREAM_BUFFER);
	}

	@Override
	public Row getRow(String table, String rowId) {
		return Blocking.await(this.reactive.getRow(table, rowId));
	}

	@Override
	public <T> T getRow(String table, String rowId, Class<T> type) {
		return Blocking.await(this.reactive.getRow(table, rowId, type));
	}

	@Override
	public Row appendObject(String table, Object object) {
		return Blocking.await(this.reactive.appendObject(table, object));
	}

	@Override
	public BatchResult appendObjects(String table, List<?> objects) {
		return Blocking.await(this.reactive.appendObjects(table, objects));
	}

	@Override
	public void updateObject(String table, String rowId, Object object) {
		Blocking.run(this.reactive.updateObject(table, rowId, object));
	}

	@Override
	public Row appendRow(String table, Map<String, ?> values) {
		return Blocking.await(this.reactive.appendRow(table, values));
	}

	@Override
	public BatchResult appendRows(String table, List<? extends Map<String, ?>> rows) {
		return Blocking.await(this.reactive.appendRows(table, rows));
	}

	@Override
	public void updateRow(String table, String rowId, Map<String, ?> values) {
		Blocking.run(this.reactive.updateRow(table, rowId, values));
	}

	@Override
	public BatchResult updateRows(String table, Map<String, ? extends Map<String, ?>> valuesByRowId) {
		return Blocking.await(this.reactive.updateRows(table, valuesByRowId));
	}

	@Override
	public void deleteRow(String table, String rowId) {
		Blocking.run(this.reactive.deleteRow(table, rowId));
	}

	@Override
	public BatchResult deleteRows(String table, Collection<String> rowIds) {
		return Blocking.await(this.reactive.deleteRows(table, rowIds));
	}

	@Override
	public QueryResult query(String sql, Object... parameters) {
		return Blocking.await(this.reactive.query(sql, parameters));
	}

	@Override
	public <T> List<T> query(String sql, Class<T> type, Object... parameters) {
		return Blocking.await(this.reactive.query(sql, type, parameters).collectList());
	}

	@Override
	public Stream<Row> streamQuery(String sql, Object... parameters) {
		return this.reactive.streamQuery(sql, parameters).toStream(STREAM_BUFFER);
	}

	@Override
	public JsonNode exchange(HttpMethod method, String path, Map<String, ?> uriVariables, Map<String, ?> query,
			@Nullable Object body) {
		return Blocking.await(this.reactive.exchange(method, path, uriVariables, query, body));
	}

	@Override
	public <T> T exchange(HttpMethod method, String path, Map<String, ?> uriVariables, Map<String, ?> query,
			@Nullable Object body, Class<T> type) {
		return Blocking.await(this.reactive.exchange(method, path, uriVariables, query, body, type));
	}

}

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
 * Operations on one SeaTable base: rows, SQL and metadata. Tokens, paging, batch limits,
 * the quota and 429 answers are handled inside; failures are
 * {@link io.github.seatablespring.SeaTableException}s.
 *
 * @see SeaTableTemplate
 * @see ReactiveSeaTableOperations
 */
public interface SeaTableOperations {

	/** The base's tables with their columns and views. */
	Metadata getMetadata();

	/** The users who can access the base ({@code listCollaborators}). */
	List<Collaborator> getCollaborators();

	/** Operations on the tables of the base. */
	TableOperations tables();

	/** Operations on the views of a table (list, get, create, update, delete). */
	ViewsOperations views();

	/**
	 * Operations on the columns of a table (list, insert, append, update, delete, select
	 * options, cascades).
	 */
	ColumnsOperations columns();

	/**
	 * Operations on links between rows (create, update, delete, list linked rows,
	 * auto-links).
	 */
	LinksOperations links();

	/** Operations on row locks (lock, unlock). */
	RowLocksOperations rowLocks();

	/**
	 * Operations on the big-data backend (archive, unarchive, archived rows, operations).
	 */
	BigDataOperations bigData();

	/** Operations on row comments (list, get, delete, counts). */
	CommentsOperations comments();

	/** Operations on base notifications and toasts. */
	NotificationsOperations notifications();

	/** Operations on the base's operation log and row activities. */
	ActivitiesOperations activities();

	/** Operations on snapshots of the base. */
	SnapshotsOperations snapshots();

	/** Operations on the base's files and images (authenticated with the API token). */
	FilesOperations files();

	/** One page of rows (at most 1,000). */
	List<Row> listRows(RowQuery query);

	/**
	 * Every row of a table, read lazily a page of 1,000 at a time. Close the stream (or
	 * use try-with-resources) when you stop early.
	 */
	Stream<Row> streamRows(String table);

	/**
	 * Every row matching the query from its start on, paged lazily with the query's limit
	 * as page size.
	 */
	Stream<Row> streamRows(RowQuery query);

	/**
	 * Every row of a table mapped to {@code type} (a record or POJO; see {@code Row.as}),
	 * read lazily a page of 1,000 at a time. Close the stream when you stop early.
	 */
	<T> Stream<T> streamRows(String table, Class<T> type);

	/** One row by id. */
	Row getRow(String table, String rowId);

	/** One row by id, mapped to {@code type}. */
	<T> T getRow(String table, String rowId, Class<T> type);

	/** Appends one row and returns it with its new id. */
	Row appendRow(String table, Map<String, ?> values);

	/**
	 * Appends rows in requests of at most 1,000. If a request fails part-way, a
	 * {@link io.github.seatablespring.SeaTableBatchException} tells what landed and what
	 * to resume with.
	 */
	BatchResult appendRows(String table, List<? extends Map<String, ?>> rows);

	/**
	 * Appends an object (record or POJO) as one row and returns the row with its new id.
	 * Its properties are the columns (names from {@code @SeaTableColumn} or
	 * {@code @JsonProperty}); null properties, {@code readOnly} ones and SeaTable's own
	 * fields ({@code _id}, {@code _ctime}, ...) are left out.
	 */
	Row appendObject(String table, Object object);

	/**
	 * Appends objects as rows, like {@link #appendObject} for each and in batches like
	 * {@link #appendRows}.
	 */
	BatchResult appendObjects(String table, List<?> objects);

	/** Updates cells of one row; columns not named keep their values. */
	void updateRow(String table, String rowId, Map<String, ?> values);

	/**
	 * Updates one row with the non-null, writable properties of an object (as in
	 * {@link #appendObject}); to clear a cell, use {@link #updateRow} with a null value.
	 */
	void updateObject(String table, String rowId, Object object);

	/** Updates rows (values keyed by row id) in requests of at most 1,000. */
	BatchResult updateRows(String table, Map<String, ? extends Map<String, ?>> valuesByRowId);

	/** Deletes one row. */
	void deleteRow(String table, String rowId);

	/** Deletes rows in requests of at most 10,000. */
	BatchResult deleteRows(String table, Collection<String> rowIds);

	/**
	 * Runs an SQL statement; {@code ?} placeholders take {@code parameters} in order. A
	 * {@code SELECT} without {@code LIMIT} returns every row (paged past SeaTable's
	 * default of 100 and its cap of 10,000).
	 */
	QueryResult query(String sql, Object... parameters);

	/**
	 * Runs a {@code SELECT} and maps each row to {@code type} with the application's JSON
	 * mapper.
	 */
	<T> List<T> query(String sql, Class<T> type, Object... parameters);

	/**
	 * Runs a {@code SELECT} and streams its rows, fetching pages of 10,000 lazily in a
	 * stable order.
	 */
	Stream<Row> streamQuery(String sql, Object... parameters);

	/**
	 * Sends any request to the base's API gateway, for endpoints this template does not
	 * cover: authenticated with the base token, counted by the quota, retried and mapped
	 * to {@link io.github.seatablespring.SeaTableException}s like every other operation.
	 * @param method the HTTP method
	 * @param path the path below {@code /api-gateway/api/v2/dtables/{base_uuid}}, for
	 * example {@code /rows/{row_id}/}; a template, so that {@code http.client.requests}
	 * tags it as given
	 * @param uriVariables values of the path's {@code {variables}}, encoded as needed
	 * @param query query parameters; {@code null} values are left out
	 * @param body the JSON body, or {@code null} for none
	 * @return the answer's JSON, a missing node for an empty answer
	 */
	JsonNode exchange(HttpMethod method, String path, Map<String, ?> uriVariables, Map<String, ?> query,
			@Nullable Object body);

	/**
	 * Sends any request to the base's API gateway and maps the answer to {@code type}.
	 */
	<T> T exchange(HttpMethod method, String path, Map<String, ?> uriVariables, Map<String, ?> query,
			@Nullable Object body, Class<T> type);

}

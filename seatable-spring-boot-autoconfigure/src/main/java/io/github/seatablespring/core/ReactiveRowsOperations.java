package io.github.seatablespring.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.QueryResult;
import io.github.seatablespring.model.Row;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the rows of a base's tables, and SQL. Rows are read straight
 * from SeaTable's answers into {@link Row}s, once; writes are checked against the table's
 * columns first and sent in batches of SeaTable's per-call limits.
 *
 * @see ReactiveSeaTableOperations#rows()
 */
public interface ReactiveRowsOperations {

	/** One page of rows (at most 1,000). */
	Flux<Row> listRows(RowQuery query);

	/**
	 * Every row of a table, read lazily a page of 1,000 at a time as the subscriber asks
	 * for more.
	 */
	Flux<Row> streamRows(String table);

	/**
	 * Every row matching the query from its start on, paged lazily with the query's limit
	 * as page size.
	 */
	Flux<Row> streamRows(RowQuery query);

	/**
	 * Every row of a table mapped to {@code type} (a record or POJO; see {@code Row.as}),
	 * read lazily a page of 1,000 at a time.
	 */
	<T> Flux<T> streamRows(String table, Class<T> type);

	/** One row by id. */
	Mono<Row> getRow(String table, String rowId);

	/** One row by id, mapped to {@code type}. */
	<T> Mono<T> getRow(String table, String rowId, Class<T> type);

	/** Appends one row and returns it with its new id. */
	Mono<Row> appendRow(String table, Map<String, ?> values);

	/**
	 * Appends rows in requests of at most 1,000; fails with a
	 * {@code SeaTableBatchException} part-way.
	 */
	Mono<BatchResult> appendRows(String table, List<? extends Map<String, ?>> rows);

	/**
	 * Appends an object (record or POJO) as one row and returns the row with its new id.
	 * Its properties are the columns (names from {@code @SeaTableColumn} or
	 * {@code @JsonProperty}); null properties, {@code readOnly} ones and SeaTable's own
	 * fields ({@code _id}, {@code _ctime}, ...) are left out.
	 */
	Mono<Row> appendObject(String table, Object object);

	/**
	 * Appends objects as rows, like {@link #appendObject} for each and in batches like
	 * {@link #appendRows}.
	 */
	Mono<BatchResult> appendObjects(String table, List<?> objects);

	/** Updates cells of one row; columns not named keep their values. */
	Mono<Void> updateRow(String table, String rowId, Map<String, ?> values);

	/**
	 * Updates one row with the non-null, writable properties of an object (as in
	 * {@link #appendObject}); to clear a cell, use {@link #updateRow} with a null value.
	 */
	Mono<Void> updateObject(String table, String rowId, Object object);

	/** Updates rows in requests of at most 1,000. */
	Mono<BatchResult> updateRows(String table, Map<String, ? extends Map<String, ?>> valuesByRowId);

	/** Deletes one row. */
	Mono<Void> deleteRow(String table, String rowId);

	/** Deletes rows in requests of at most 10,000. */
	Mono<BatchResult> deleteRows(String table, Collection<String> rowIds);

	/**
	 * Runs an SQL statement; {@code ?} placeholders take {@code parameters} in order. A
	 * {@code SELECT} without {@code LIMIT} returns every row (paged past SeaTable's
	 * default of 100 and its cap of 10,000).
	 */
	Mono<QueryResult> query(String sql, Object... parameters);

	/**
	 * Runs a {@code SELECT} and maps each row to {@code type} with the application's JSON
	 * mapper.
	 */
	<T> Flux<T> query(String sql, Class<T> type, Object... parameters);

	/**
	 * Runs a {@code SELECT} and emits its rows, fetching pages of 10,000 lazily in a
	 * stable order.
	 */
	Flux<Row> streamQuery(String sql, Object... parameters);

}

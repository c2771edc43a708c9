package io.github.seatablespring.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.BigDataOperation;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the big-data backend (archive, unarchive, archived rows,
 * operations); reached with {@code reactiveTemplate.bigData()}. The big-data backend must
 * be enabled in the base.
 *
 * @see BigDataOperations
 */
public interface ReactiveBigDataOperations {

	/**
	 * Appends rows straight to the big-data backend ({@code POST /add-archived-rows/}),
	 * in requests of at most {@value ReactiveSeaTableTemplate#MAX_WRITE_BATCH} rows; a
	 * failed request stops the batch with a
	 * {@link io.github.seatablespring.SeaTableBatchException}.
	 * @param rows the rows, each keyed by column name
	 */
	Mono<BatchResult> appendRows(String table, List<? extends Map<String, ?>> rows);

	/**
	 * Moves the rows of a view to the big-data backend ({@code POST /archive-view/}). A
	 * refusal that SeaTable answers with {@code success: false} fails with a
	 * {@link io.github.seatablespring.SeaTableBadRequestException} carrying its message.
	 */
	Mono<Void> moveViewToBigData(String table, String view);

	/**
	 * Moves rows from the big-data backend back to the normal backend
	 * ({@code POST /unarchive/}).
	 * @param tableId the id of the table (not its name)
	 * @return the id of the background task SeaTable started, or an empty string when it
	 * gave none
	 */
	Mono<String> moveRowsToNormalBackend(String tableId, Collection<String> rowIds);

	/**
	 * One page of the base's big-data operation log ({@code GET /db-operations/}), newest
	 * first.
	 * @param page the page, from 1
	 * @param perPage entries per page
	 */
	Mono<List<BigDataOperation>> getOperations(int page, int perPage);

	/**
	 * Restores the big-data operation with this id ({@code PUT
	 * /restore-operations/{op_id}/}).
	 */
	Mono<Void> restoreOperation(long operationId);

}

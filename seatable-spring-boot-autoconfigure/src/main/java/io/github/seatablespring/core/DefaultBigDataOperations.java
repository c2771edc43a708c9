package io.github.seatablespring.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.BigDataOperation;

/** Blocking big-data operations that wait for their reactive twin. */
final class DefaultBigDataOperations implements BigDataOperations {

	private final ReactiveBigDataOperations reactive;

	DefaultBigDataOperations(ReactiveBigDataOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public BatchResult appendRows(String table, List<? extends Map<String, ?>> rows) {
		return Blocking.await(this.reactive.appendRows(table, rows));
	}

	@Override
	public void moveViewToBigData(String table, String view) {
		Blocking.run(this.reactive.moveViewToBigData(table, view));
	}

	@Override
	public String moveRowsToNormalBackend(String tableId, Collection<String> rowIds) {
		return Blocking.await(this.reactive.moveRowsToNormalBackend(tableId, rowIds));
	}

	@Override
	public List<BigDataOperation> getOperations(int page, int perPage) {
		return Blocking.await(this.reactive.getOperations(page, perPage));
	}

	@Override
	public void restoreOperation(long operationId) {
		Blocking.run(this.reactive.restoreOperation(operationId));
	}

}

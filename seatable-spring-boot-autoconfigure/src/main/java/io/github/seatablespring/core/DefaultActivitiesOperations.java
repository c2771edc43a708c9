package io.github.seatablespring.core;

import java.util.List;

import io.github.seatablespring.model.OperationLogEntry;
import io.github.seatablespring.model.RowActivities;

/** Blocking activities operations that wait for their reactive twin. */
final class DefaultActivitiesOperations implements ActivitiesOperations {

	private final ReactiveActivitiesOperations reactive;

	DefaultActivitiesOperations(ReactiveActivitiesOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<OperationLogEntry> operationLog() {
		return Blocking.await(this.reactive.operationLog().collectList());
	}

	@Override
	public List<OperationLogEntry> operationLog(int page) {
		return Blocking.await(this.reactive.operationLog(page).collectList());
	}

	@Override
	public RowActivities rowActivities(String rowId) {
		return Blocking.await(this.reactive.rowActivities(rowId));
	}

	@Override
	public RowActivities rowActivities(String rowId, int page, int perPage) {
		return Blocking.await(this.reactive.rowActivities(rowId, page, perPage));
	}

}

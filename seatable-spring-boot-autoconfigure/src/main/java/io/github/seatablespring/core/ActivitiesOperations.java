package io.github.seatablespring.core;

import java.util.List;

import io.github.seatablespring.model.OperationLogEntry;
import io.github.seatablespring.model.RowActivities;

/**
 * Operations on the base's operation log and row activities; reached with
 * {@code seaTable.activities()}.
 *
 * @see ReactiveActivitiesOperations
 */
public interface ActivitiesOperations {

	/**
	 * The first page of the base's operation log, newest first
	 * ({@code getBaseActivityLog}).
	 */
	List<OperationLogEntry> operationLog();

	/**
	 * A page of the base's operation log, newest first; pages start at 1
	 * ({@code getBaseActivityLog}).
	 */
	List<OperationLogEntry> operationLog(int page);

	/**
	 * The first page (25 entries) of a row's activities, newest first
	 * ({@code listRowActivities}).
	 */
	RowActivities rowActivities(String rowId);

	/**
	 * A page of a row's activities, newest first; pages start at 1
	 * ({@code listRowActivities}).
	 */
	RowActivities rowActivities(String rowId, int page, int perPage);

}

package io.github.seatablespring.core;

import io.github.seatablespring.model.OperationLogEntry;
import io.github.seatablespring.model.RowActivities;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the base's operation log and row activities; reached with
 * {@code reactiveTemplate.activities()}.
 *
 * @see ActivitiesOperations
 */
public interface ReactiveActivitiesOperations {

	/**
	 * The first page of the base's operation log, newest first
	 * ({@code getBaseActivityLog}).
	 */
	Flux<OperationLogEntry> operationLog();

	/**
	 * A page of the base's operation log, newest first; pages start at 1
	 * ({@code getBaseActivityLog}).
	 */
	Flux<OperationLogEntry> operationLog(int page);

	/**
	 * The first page (25 entries) of a row's activities, newest first
	 * ({@code listRowActivities}).
	 */
	Mono<RowActivities> rowActivities(String rowId);

	/**
	 * A page of a row's activities, newest first; pages start at 1
	 * ({@code listRowActivities}).
	 */
	Mono<RowActivities> rowActivities(String rowId, int page, int perPage);

}

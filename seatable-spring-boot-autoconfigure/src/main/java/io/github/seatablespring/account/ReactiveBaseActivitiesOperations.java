package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the activities of the account's bases and the big-data logs;
 * reached with {@code account.activities()}.
 *
 * @see BaseActivitiesOperations
 */
public interface ReactiveBaseActivitiesOperations {

	/**
	 * The latest activities in the account's bases, one page ({@code getBaseActivities}).
	 */
	Mono<List<Map<String, @Nullable Object>>> list(@Nullable Integer page, @Nullable Integer perPage,
			@Nullable String timeZone);

	/** The activities of one base on one day ({@code getBaseActivityDetails}). */
	Mono<List<Map<String, @Nullable Object>>> details(String baseUuid, String date, @Nullable Integer page,
			@Nullable Integer perPage);

	/** The operations on a base's big-data storage ({@code getBigDataOperationLogs}). */
	Mono<List<Map<String, @Nullable Object>>> bigDataLogs(String baseUuid, @Nullable Integer page,
			@Nullable Integer perPage);

}

package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** BaseActivities operations of the account API. */
final class DefaultReactiveBaseActivitiesOperations implements ReactiveBaseActivitiesOperations {

	private static final String DTABLE_ACTIVITIES = "/api/v2.1/dtable-activities/";

	private static final String DTABLE_ACTIVITIES_DETAIL = "/api/v2.1/dtable-activities/detail/";

	private static final String DTABLES_BIG_DATA_OPERATION_LOGS = "/api/v2.1/dtables/{base_uuid}/big-data-operation-logs/";

	private final AccountCalls calls;

	DefaultReactiveBaseActivitiesOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> list(@Nullable Integer page, @Nullable Integer perPage,
			@Nullable String timeZone) {
		return this.calls.get(DTABLE_ACTIVITIES, Map.of(),
				Params.of("page", page, "per_page", perPage, "to_tz", timeZone),
				(answer) -> AccountResponses.objects(answer, "table_activities"));
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> details(String baseUuid, String date, @Nullable Integer page,
			@Nullable Integer perPage) {
		return this.calls.get(
				DTABLE_ACTIVITIES_DETAIL, Map.of(), Params.of("dtable_uuid", Params.text(baseUuid, "baseUuid"),
						"op_date", Params.text(date, "date"), "page", page, "per_page", perPage),
				(answer) -> AccountResponses.objects(answer, "activities"));
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> bigDataLogs(String baseUuid, @Nullable Integer page,
			@Nullable Integer perPage) {
		return this.calls.get(DTABLES_BIG_DATA_OPERATION_LOGS, Params.baseUuid(baseUuid),
				Params.of("page", page, "per_page", perPage),
				(answer) -> AccountResponses.objects(answer, "operations"));
	}

}

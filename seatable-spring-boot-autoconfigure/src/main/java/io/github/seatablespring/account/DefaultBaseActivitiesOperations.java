package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking base activities operations that wait for their reactive twin. */
final class DefaultBaseActivitiesOperations implements BaseActivitiesOperations {

	private final ReactiveBaseActivitiesOperations reactive;

	DefaultBaseActivitiesOperations(ReactiveBaseActivitiesOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Map<String, @Nullable Object>> list(@Nullable Integer page, @Nullable Integer perPage,
			@Nullable String timeZone) {
		return Blocking.await(this.reactive.list(page, perPage, timeZone));
	}

	@Override
	public List<Map<String, @Nullable Object>> details(String baseUuid, String date, @Nullable Integer page,
			@Nullable Integer perPage) {
		return Blocking.await(this.reactive.details(baseUuid, date, page, perPage));
	}

	@Override
	public List<Map<String, @Nullable Object>> bigDataLogs(String baseUuid, @Nullable Integer page,
			@Nullable Integer perPage) {
		return Blocking.await(this.reactive.bigDataLogs(baseUuid, page, perPage));
	}

}

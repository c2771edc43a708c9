package io.github.seatablespring.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.http.BaseApiClient;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Row-lock operations on the API gateway's {@code /lock-rows/} and {@code /unlock-rows/}.
 */
final class DefaultReactiveRowLocksOperations implements ReactiveRowLocksOperations {

	private final BaseApiClient api;

	DefaultReactiveRowLocksOperations(BaseApiClient api) {
		this.api = api;
	}

	@Override
	public Mono<Void> lockRows(String table, Collection<String> rowIds) {
		return send("/lock-rows/", table, rowIds);
	}

	@Override
	public Mono<Void> unlockRows(String table, Collection<String> rowIds) {
		return send("/unlock-rows/", table, rowIds);
	}

	private Mono<Void> send(String path, String table, Collection<String> rowIds) {
		Assert.hasText(table, "table must not be empty");
		List<String> ids = RowIds.requireAll(rowIds, "rowIds");
		if (ids.isEmpty()) {
			return Mono.empty();
		}
		Map<String, Object> body = Map.of("table_name", table, "row_ids", ids);
		return this.api.exchange(HttpMethod.PUT, path, Map.of(), Map.of(), body).then();
	}

}

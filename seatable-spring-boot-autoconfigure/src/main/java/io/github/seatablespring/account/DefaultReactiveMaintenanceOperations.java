package io.github.seatablespring.account;

import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

/** Maintenance operations of the account API. */
final class DefaultReactiveMaintenanceOperations implements ReactiveMaintenanceOperations {

	private static final String REPAIR = "/api/v2.1/dtable/{base_uuid}/repair/";

	private final AccountCalls calls;

	DefaultReactiveMaintenanceOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<Void> repair(String baseUuid) {
		return this.calls.run(HttpMethod.PUT, REPAIR, Params.baseUuid(baseUuid), Map.of(), Body.none());
	}

}

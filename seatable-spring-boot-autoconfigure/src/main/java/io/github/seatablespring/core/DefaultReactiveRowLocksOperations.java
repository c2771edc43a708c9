package io.github.seatablespring.core;

import io.github.seatablespring.http.BaseApiClient;

/** RowLocks operations on the API gateway. */
final class DefaultReactiveRowLocksOperations implements ReactiveRowLocksOperations {

	private final BaseApiClient api;

	private final Responses responses;

	DefaultReactiveRowLocksOperations(BaseApiClient api, Responses responses) {
		this.api = api;
		this.responses = responses;
	}

}

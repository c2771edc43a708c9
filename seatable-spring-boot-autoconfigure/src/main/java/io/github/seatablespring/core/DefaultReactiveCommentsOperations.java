package io.github.seatablespring.core;

import io.github.seatablespring.http.BaseApiClient;

/** Comments operations on the API gateway. */
final class DefaultReactiveCommentsOperations implements ReactiveCommentsOperations {

	private final BaseApiClient api;

	private final Responses responses;

	DefaultReactiveCommentsOperations(BaseApiClient api, Responses responses) {
		this.api = api;
		this.responses = responses;
	}

}

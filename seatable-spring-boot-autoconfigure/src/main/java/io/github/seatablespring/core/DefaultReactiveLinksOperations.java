package io.github.seatablespring.core;

import io.github.seatablespring.http.BaseApiClient;

/** Links operations on the API gateway. */
final class DefaultReactiveLinksOperations implements ReactiveLinksOperations {

	private final BaseApiClient api;

	private final Responses responses;

	DefaultReactiveLinksOperations(BaseApiClient api, Responses responses) {
		this.api = api;
		this.responses = responses;
	}

}

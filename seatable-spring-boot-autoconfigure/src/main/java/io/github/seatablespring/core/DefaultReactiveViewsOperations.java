package io.github.seatablespring.core;

import io.github.seatablespring.http.BaseApiClient;

/** Views operations on the API gateway. */
final class DefaultReactiveViewsOperations implements ReactiveViewsOperations {

	private final BaseApiClient api;

	private final Responses responses;

	DefaultReactiveViewsOperations(BaseApiClient api, Responses responses) {
		this.api = api;
		this.responses = responses;
	}

}

package io.github.seatablespring.core;

import io.github.seatablespring.http.BaseApiClient;

/** Columns operations on the API gateway. */
final class DefaultReactiveColumnsOperations implements ReactiveColumnsOperations {

	private final BaseApiClient api;

	private final Responses responses;

	DefaultReactiveColumnsOperations(BaseApiClient api, Responses responses) {
		this.api = api;
		this.responses = responses;
	}

}

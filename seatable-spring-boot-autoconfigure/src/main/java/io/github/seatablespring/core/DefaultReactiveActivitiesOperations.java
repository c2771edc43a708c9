package io.github.seatablespring.core;

import io.github.seatablespring.http.BaseApiClient;

/** Activities operations on the API gateway. */
final class DefaultReactiveActivitiesOperations implements ReactiveActivitiesOperations {

	private final BaseApiClient api;

	private final Responses responses;

	DefaultReactiveActivitiesOperations(BaseApiClient api, Responses responses) {
		this.api = api;
		this.responses = responses;
	}

}

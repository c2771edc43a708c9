package io.github.seatablespring.core;

import io.github.seatablespring.http.BaseApiClient;

/** Notifications operations on the API gateway. */
final class DefaultReactiveNotificationsOperations implements ReactiveNotificationsOperations {

	private final BaseApiClient api;

	private final Responses responses;

	DefaultReactiveNotificationsOperations(BaseApiClient api, Responses responses) {
		this.api = api;
		this.responses = responses;
	}

}

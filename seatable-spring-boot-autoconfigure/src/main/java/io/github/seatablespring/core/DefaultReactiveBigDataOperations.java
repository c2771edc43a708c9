package io.github.seatablespring.core;

import io.github.seatablespring.http.BaseApiClient;

/** BigData operations on the API gateway. */
final class DefaultReactiveBigDataOperations implements ReactiveBigDataOperations {

	private final BaseApiClient api;

	private final Responses responses;

	DefaultReactiveBigDataOperations(BaseApiClient api, Responses responses) {
		this.api = api;
		this.responses = responses;
	}

}

package io.github.seatablespring.core;

import io.github.seatablespring.http.BaseApiClient;

/** Snapshots operations on the API gateway. */
final class DefaultReactiveSnapshotsOperations implements ReactiveSnapshotsOperations {

	private final BaseApiClient api;

	private final Responses responses;

	DefaultReactiveSnapshotsOperations(BaseApiClient api, Responses responses) {
		this.api = api;
		this.responses = responses;
	}

}

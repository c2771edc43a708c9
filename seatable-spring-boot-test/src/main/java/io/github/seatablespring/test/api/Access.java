package io.github.seatablespring.test.api;

/** Who may call a route. */
public enum Access {

	/** Anyone, no credentials. */
	PUBLIC,

	/**
	 * An API token ({@code Authorization: Token <api-token>}); the call gets its base.
	 */
	API_TOKEN,

	/**
	 * A base token for the path's {@code {base_uuid}}, read-only tokens included; counted
	 * in the quota.
	 */
	BASE_READ,

	/**
	 * A read-write base token for the path's {@code {base_uuid}}; counted in the quota.
	 */
	BASE_WRITE

}

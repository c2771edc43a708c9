package io.github.seatablespring.test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.test.http.ApiRequest;
import org.jspecify.annotations.Nullable;

/**
 * A request the {@link SeaTableEmulator} received, as recorded in its
 * {@link SeaTableEmulator#journal() journal}.
 *
 * @param method the HTTP method, for example {@code GET}
 * @param path the decoded path without the query, for example
 * {@code /api-gateway/api/v2/dtables/<uuid>/rows/}
 * @param query the raw query string without {@code ?}, empty when there is none
 * @param body the request body as text, empty when there is none
 * @param receivedAt when the request arrived, by the emulator's clock
 * @param headers the request headers (names in lower case)
 */
public record RecordedRequest(String method, String path, String query, String body, Instant receivedAt,
		Map<String, List<String>> headers) {

	/** The decoded query parameters (first value of each). */
	public Map<String, String> queryParams() {
		return ApiRequest.queryParams(this.query);
	}

	/** The first value of a query parameter, or {@code null}. */
	public @Nullable String queryParam(String name) {
		return queryParams().get(name);
	}

	/** The first value of a header (case-insensitive name), or {@code null}. */
	public @Nullable String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(java.util.Locale.ROOT));
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * Whether this request is a base operation below
	 * {@code /api-gateway/api/v2/dtables/}.
	 */
	public boolean isBaseOperation() {
		return this.path.startsWith("/api-gateway/api/v2/dtables/");
	}

	/** Whether this request exchanged an API token for a base token. */
	public boolean isTokenRequest() {
		return this.path.equals("/api/v2.1/dtable/app-access-token/");
	}

	@Override
	public String toString() {
		// Never print headers: they carry tokens.
		return this.method + " " + this.path + (this.query.isEmpty() ? "" : "?" + this.query);
	}

}

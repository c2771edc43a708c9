package io.github.seatablespring.test.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.seatablespring.test.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * A response to send: status, extra headers, content type and body (or none), or a
 * connection reset.
 *
 * @param status the HTTP status
 * @param headers extra response headers
 * @param contentType the body's content type
 * @param body the body, {@code null} for none
 * @param reset whether to reset the connection instead of answering
 */
public record Reply(int status, Map<String, String> headers, String contentType, byte @Nullable [] body,
		boolean reset) {

	public static Reply json(int status, @Nullable Object body) {
		return new Reply(status, Map.of(), "application/json", Json.write(body).getBytes(StandardCharsets.UTF_8),
				false);
	}

	public static Reply ok(@Nullable Object body) {
		return json(200, body);
	}

	public static Reply error(int status, String key, String message) {
		return json(status, Map.of(key, message));
	}

	public static Reply bytes(String contentType, byte[] body) {
		return new Reply(200, Map.of(), contentType, body, false);
	}

	public static Reply text(String contentType, String body) {
		return bytes(contentType, body.getBytes(StandardCharsets.UTF_8));
	}

	public static Reply empty(int status, Map<String, String> headers) {
		return new Reply(status, headers, "application/json", null, false);
	}

	public static Reply resetConnection() {
		return new Reply(0, Map.of(), "", null, true);
	}

}

package io.github.seatablespring.test;

import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** HTTP constants, replies and JSON helpers shared by the emulator's classes. */
final class Http {

	static final String GATEWAY_PREFIX = "/api-gateway/api/v2/dtables/";

	static final String TOKEN_PATH = "/api/v2.1/dtable/app-access-token/";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private Http() {
	}

	static Map<String, String> queryParams(String rawQuery) {
		Map<String, String> result = new LinkedHashMap<>();
		if (rawQuery.isEmpty()) {
			return result;
		}
		new QueryStringDecoder(rawQuery, false).parameters()
			.forEach((name, values) -> result.put(name, values.isEmpty() ? "" : values.get(0)));
		return result;
	}

	static String json(@Nullable Object value) {
		return JSON.writeValueAsString(value);
	}

	static @Nullable Object parse(String json) {
		return JSON.readValue(json, Object.class);
	}

	/** A response to send: status, extra headers and a JSON body (or none). */
	record Reply(int status, Map<String, String> headers, @Nullable String body, boolean reset) {

		static Reply json(int status, @Nullable Object body) {
			return new Reply(status, Map.of(), Http.json(body), false);
		}

		static Reply ok(@Nullable Object body) {
			return json(200, body);
		}

		static Reply error(int status, String key, String message) {
			return json(status, Map.of(key, message));
		}

		static Reply resetConnection() {
			return new Reply(0, Map.of(), null, true);
		}

	}

	/** Ends a request with an error status and a SeaTable-shaped body. */
	static final class Failure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		final int status;

		final String key;

		Failure(int status, String message) {
			this(status, "error_message", message);
		}

		Failure(int status, String key, String message) {
			super(message, null, false, false);
			this.status = status;
			this.key = key;
		}

		Reply reply() {
			return Reply.error(this.status, this.key, getMessage());
		}

		static Failure badRequest(String message) {
			return new Failure(400, message);
		}

		static Failure notFound(String message) {
			return new Failure(404, message);
		}

		static Failure permissionDenied() {
			return new Failure(403, "error_msg", "Permission denied.");
		}

	}

}

package io.github.seatablespring.test.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.seatablespring.test.json.Json;
import io.github.seatablespring.test.store.EmulatedError;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;

/**
 * A request as the emulator's handlers see it: method, decoded path, query, headers and
 * body.
 *
 * @param method the HTTP method
 * @param path the decoded path without the query
 * @param rawQuery the raw query string, empty for none
 * @param headers the headers, names in lower case
 * @param body the body's bytes
 */
public record ApiRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

	/** The decoded query parameters (first value of each). */
	public Map<String, String> query() {
		return queryParams(this.rawQuery);
	}

	public @Nullable String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	public String text() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/**
	 * The body as a map: a JSON object, or form fields for an
	 * {@code application/x-www-form-urlencoded} body; an empty map for no body.
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Object> json() {
		String text = text().trim();
		if (text.isEmpty()) {
			return new LinkedHashMap<>();
		}
		String type = header("content-type");
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
			return new LinkedHashMap<>(queryParams(text));
		}
		try {
			if (Json.parse(text) instanceof Map<?, ?> map) {
				return (Map<String, Object>) map;
			}
		}
		catch (RuntimeException ex) {
			// answered below
		}
		throw EmulatedError.badRequest("request body must be a JSON object");
	}

	/** The parts of a {@code multipart/form-data} body. */
	public List<Multipart.Part> parts() {
		return Multipart.parse(header("content-type"), this.body);
	}

	public static Map<String, String> queryParams(String rawQuery) {
		Map<String, String> result = new LinkedHashMap<>();
		if (rawQuery.isEmpty()) {
			return result;
		}
		new QueryStringDecoder(rawQuery, false).parameters()
			.forEach((name, values) -> result.put(name, values.isEmpty() ? "" : values.get(0)));
		return result;
	}

}

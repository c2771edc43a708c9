package io.github.seatablespring.test.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's one JSON mapper: plain maps, lists, strings, numbers and booleans in and
 * out.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static String write(@Nullable Object value) {
		return MAPPER.writeValueAsString(value);
	}

	public static @Nullable Object parse(String json) {
		return MAPPER.readValue(json, Object.class);
	}

}

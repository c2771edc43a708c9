package io.github.seatablespring.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Small helpers for the immutable maps the records hold. */
final class Maps {

	private Maps() {
	}

	/**
	 * {@link Map#copyOf} refuses null values; SeaTable settings often contain them and
	 * they carry no meaning.
	 */
	static Map<String, Object> withoutNullValues(Map<String, @Nullable Object> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> {
			if (value != null) {
				copy.put(key, value);
			}
		});
		return copy;
	}

	/**
	 * An unmodifiable copy that keeps insertion order and null values (row cells may be
	 * empty).
	 */
	static Map<String, @Nullable Object> orderedCopy(Map<String, ? extends @Nullable Object> map) {
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

}

package io.github.seatablespring.model;

import org.jspecify.annotations.Nullable;

import io.github.seatablespring.mapping.SeaTableMapping;
import io.github.seatablespring.mapping.SeaTableModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts cell values and whole rows into Java types. The templates use the
 * application's Jackson {@link JsonMapper}, so its modules and settings apply to
 * {@link Row#as(Class)}.
 */
public interface ValueConverter {

	/** Converts a cell value or a row's value map to {@code type}. */
	<T> T convert(@Nullable Object value, Class<T> type);

	/** A converter backed by the given mapper. */
	static ValueConverter of(JsonMapper mapper) {
		return new ValueConverter() {
			@Override
			@SuppressWarnings("unchecked")
			public <T> T convert(@Nullable Object value, Class<T> type) {
				if (value != null && type.isInstance(value)) {
					return (T) value;
				}
				return mapper.convertValue(value, type);
			}
		};
	}

	/**
	 * A converter backed by Jackson's default mapper with the {@link SeaTableModule}, for
	 * rows built by hand.
	 */
	static ValueConverter standard() {
		return of(SeaTableMapping.STANDARD);
	}

}

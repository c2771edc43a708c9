package io.github.seatablespring.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A column of a table, as SeaTable describes it in the metadata and in SQL results.
 *
 * @param key the column key, stable across renames (for example {@code "0000"})
 * @param name the column name, used as key in rows
 * @param type the column type (for example {@code text}, {@code number}, {@code link})
 * @param data type-specific settings (format, options, linked table, ...); empty when
 * there are none
 */
public record Column(String key, String name, String type, Map<String, @Nullable Object> data) {

	public Column {
		data = Map.copyOf(Maps.withoutNullValues(data));
	}

}

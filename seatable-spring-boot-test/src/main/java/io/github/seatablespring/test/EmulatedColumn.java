package io.github.seatablespring.test;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A column to create in an {@link EmulatedBase}: its name, SeaTable type (for example
 * {@code text}, {@code number}, {@code checkbox}, {@code date}, {@code single-select})
 * and optional column data.
 *
 * @param name the column name
 * @param type the SeaTable column type
 * @param data the column data (type specific settings) or {@code null}
 */
public record EmulatedColumn(String name, String type, @Nullable Map<String, Object> data) {

	public EmulatedColumn {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
	}

	public static EmulatedColumn of(String name, String type) {
		return new EmulatedColumn(name, type, null);
	}

	public static EmulatedColumn of(String name, String type, Map<String, Object> data) {
		return new EmulatedColumn(name, type, data);
	}

}

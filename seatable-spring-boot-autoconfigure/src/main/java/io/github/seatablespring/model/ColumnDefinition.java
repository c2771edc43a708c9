package io.github.seatablespring.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A column to create: its name, its SeaTable type and optional type settings
 * ({@code column_data}, for example a number format or select options).
 *
 * @param name the column name (no {@code .}, {@code `}, <code>{</code> or <code>}</code>)
 * @param type the SeaTable column type, for example {@code text}, {@code number},
 * {@code checkbox}
 * @param data type settings, or empty
 */
public record ColumnDefinition(String name, String type, Map<String, @Nullable Object> data) {

	public ColumnDefinition {
		Assert.hasText(name, "column name must not be empty");
		Assert.isTrue(name.chars().noneMatch((c) -> c == '.' || c == '`' || c == '{' || c == '}'),
				() -> "column name '" + name + "' must not contain '.', '`', '{' or '}'");
		Assert.hasText(type, "column type must not be empty");
		data = Map.copyOf(Maps.withoutNullValues(data));
	}

	/** A column of this type without settings. */
	public static ColumnDefinition of(String name, String type) {
		return new ColumnDefinition(name, type, Map.of());
	}

	/** A text column. */
	public static ColumnDefinition text(String name) {
		return of(name, "text");
	}

	/** A number column. */
	public static ColumnDefinition number(String name) {
		return of(name, "number");
	}

	/** A checkbox column. */
	public static ColumnDefinition checkbox(String name) {
		return of(name, "checkbox");
	}

	/** A date column (date only, ISO format). */
	public static ColumnDefinition date(String name) {
		return new ColumnDefinition(name, "date", Map.of("format", "YYYY-MM-DD"));
	}

	/** An email column. */
	public static ColumnDefinition email(String name) {
		return of(name, "email");
	}

	/** The same column with these type settings. */
	public ColumnDefinition withData(Map<String, ?> data) {
		return new ColumnDefinition(this.name, this.type, Maps.orderedCopy(data));
	}

}

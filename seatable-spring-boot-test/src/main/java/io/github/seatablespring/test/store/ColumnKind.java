package io.github.seatablespring.test.store;

import java.math.BigDecimal;
import java.util.Locale;

import io.github.seatablespring.test.json.Json;
import org.jspecify.annotations.Nullable;

/** How a SeaTable column type is stored in H2 and converted to and from JSON values. */
public enum ColumnKind {

	STRING("VARCHAR"), NUMBER("DOUBLE PRECISION"), BOOLEAN("BOOLEAN"), JSON("VARCHAR");

	final String sqlType;

	ColumnKind(String sqlType) {
		this.sqlType = sqlType;
	}

	static ColumnKind of(String seaTableType) {
		return switch (seaTableType.toLowerCase(Locale.ROOT)) {
			case "number", "rate", "duration", "percent" -> NUMBER;
			case "checkbox" -> BOOLEAN;
			case "multiple-select", "collaborator", "link", "image", "file", "geolocation", "digital-sign", "button" ->
				JSON;
			default -> STRING;
		};
	}

	/**
	 * Converts a JSON value sent by a client to the value stored in H2; unconvertible
	 * values become null.
	 */
	@Nullable Object toDb(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		return switch (this) {
			case STRING -> (value instanceof String || value instanceof Number || value instanceof Boolean)
					? value.toString() : Json.write(value);
			case NUMBER -> number(value);
			case BOOLEAN -> bool(value);
			case JSON -> Json.write(value);
		};
	}

	/** Converts a value read from H2 to the JSON value SeaTable would answer. */
	@Nullable Object fromDb(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (this == JSON && value instanceof String text) {
			try {
				return Json.parse(text);
			}
			catch (RuntimeException ex) {
				return text;
			}
		}
		return plain(value);
	}

	/**
	 * Integral numbers are answered without a fraction, like SeaTable does ({@code 31},
	 * not {@code 31.0}).
	 */
	static @Nullable Object plain(@Nullable Object value) {
		if (value instanceof Double number && !number.isInfinite() && number == Math.rint(number)
				&& Math.abs(number) < 1e15) {
			return number.longValue();
		}
		if (value instanceof Float number) {
			return plain(number.doubleValue());
		}
		if (value instanceof BigDecimal number) {
			return (number.stripTrailingZeros().scale() <= 0) ? number.longValue() : number.doubleValue();
		}
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		return value;
	}

	private static @Nullable Double number(Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof String text) {
			try {
				return Double.valueOf(text.trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * Only JSON {@code true} is true: SeaTable stores {@code 1} or {@code "true"} as
	 * {@code false} (API_ISSUES #1).
	 */
	private static Boolean bool(Object value) {
		return Boolean.TRUE.equals(value);
	}

}

package io.github.seatablespring.core;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Lenient readers of single fields of SeaTable's answers. A field that is missing, {@code null} or
 * of an unexpected type (recorded answers mask values as {@code "int"}, {@code "str"}, ...) reads as
 * an empty value instead of failing the whole answer.
 */
final class JsonFields {

	private JsonFields() {
	}

	/** The field as text; numbers as their digits; empty when missing, null or a container. */
	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString() : "";
	}

	/** The field as a whole number; numeric text is read too; 0 otherwise. */
	static long number(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isNumber()) {
			return value.longValue();
		}
		if (value.isString()) {
			try {
				return Long.parseLong(value.asString().trim());
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}
		return 0;
	}

	/** The field as a flag: SeaTable sends {@code 0}/{@code 1} as often as {@code true}/{@code false}. */
	static boolean flag(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isNumber()) {
			return value.longValue() != 0;
		}
		return value.isString() && (value.asString().equalsIgnoreCase("true") || value.asString().equals("1"));
	}

	/** The field as an ISO-8601 timestamp with offset, or {@code null} when it is none. */
	static @Nullable OffsetDateTime timestamp(JsonNode node, String field) {
		String value = text(node, field);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The field as milliseconds since the epoch, or {@code null} when it is no number. */
	static @Nullable Instant epochMillis(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isNumber() ? Instant.ofEpochMilli(value.longValue()) : null;
	}

}

package io.github.seatablespring.core;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Lenient readers of SeaTable's answers: single fields, and JSON turned into plain Java
 * values. A field that is missing, {@code null} or of an unexpected type (recorded
 * answers mask values as {@code "int"}, {@code "str"}, ...) reads as an empty value
 * instead of failing the whole answer.
 */
public final class JsonFields {

	private JsonFields() {
	}

	/**
	 * The field as text; numbers as their digits; empty when missing, null or a
	 * container.
	 */
	public static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString() : "";
	}

	/**
	 * The field as text; numbers as their digits; {@code null} when missing, null or a
	 * container.
	 */
	static @Nullable String textOrNull(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString() : null;
	}

	/** The field as text, or a container as its JSON; empty when missing or null. */
	static String textOrJson(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	/** The field as a whole number; numeric text is read too; 0 otherwise. */
	public static long number(JsonNode node, String field) {
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

	/**
	 * The field as a flag: SeaTable sends {@code 0}/{@code 1} as often as
	 * {@code true}/{@code false}.
	 */
	public static boolean flag(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isNumber()) {
			return value.longValue() != 0;
		}
		return value.isString() && (value.asString().equalsIgnoreCase("true") || value.asString().equals("1"));
	}

	/**
	 * The field as an ISO-8601 timestamp with offset, or {@code null} when it is none.
	 */
	public static @Nullable OffsetDateTime timestamp(JsonNode node, String field) {
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

	/**
	 * The field as milliseconds since the epoch, or {@code null} when it is no number.
	 */
	public static @Nullable Instant epochMillis(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isNumber() ? Instant.ofEpochMilli(value.longValue()) : null;
	}

	/**
	 * A JSON value as {@code String}, {@code Number}, {@code Boolean}, {@code List},
	 * {@code Map} or {@code null}.
	 */
	public static @Nullable Object value(JsonNode node) {
		if (node.isObject()) {
			return object(node);
		}
		if (node.isArray()) {
			List<@Nullable Object> list = new ArrayList<>(node.size());
			node.forEach((element) -> list.add(value(element)));
			return list;
		}
		if (node.isNumber()) {
			return node.numberValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isString()) {
			return node.stringValue();
		}
		return null;
	}

	/** The fields of a JSON object; empty for anything else. */
	public static Map<String, @Nullable Object> object(JsonNode node) {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		if (node.isObject()) {
			node.properties().forEach((field) -> map.put(field.getKey(), value(field.getValue())));
		}
		return map;
	}

	/** The objects of a JSON array; other elements and non-arrays are skipped. */
	public static List<Map<String, @Nullable Object>> objects(JsonNode node) {
		List<Map<String, @Nullable Object>> objects = new ArrayList<>();
		if (node.isArray()) {
			node.forEach((element) -> {
				if (element.isObject()) {
					objects.add(object(element));
				}
			});
		}
		return objects;
	}

	/** The strings of a JSON array; other elements and non-arrays are skipped. */
	public static List<String> strings(JsonNode node) {
		List<String> strings = new ArrayList<>();
		if (node.isArray()) {
			node.forEach((element) -> {
				if (element.isString()) {
					strings.add(element.stringValue());
				}
			});
		}
		return strings;
	}

}

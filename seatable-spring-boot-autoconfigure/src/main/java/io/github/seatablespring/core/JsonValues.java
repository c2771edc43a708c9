package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns JSON settings (view filters, sorts, select options) into plain Java values, leniently:
 * recorded answers mask values as {@code "list"} or {@code "dict"}, so a field of an unexpected
 * type reads as empty rather than failing.
 */
final class JsonValues {

	private JsonValues() {
	}

	/** A JSON value as {@code String}, {@code Number}, {@code Boolean}, {@code List}, {@code Map} or {@code null}. */
	static @Nullable Object value(JsonNode node) {
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
	static Map<String, @Nullable Object> object(JsonNode node) {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		if (node.isObject()) {
			node.properties().forEach((field) -> map.put(field.getKey(), value(field.getValue())));
		}
		return map;
	}

	/** The objects of a JSON array; other elements and non-arrays are skipped. */
	static List<Map<String, @Nullable Object>> objects(JsonNode node) {
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
	static List<String> strings(JsonNode node) {
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

	/** A text field, or {@code ""} when absent or null. */
	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? "" : value.asString();
	}

}

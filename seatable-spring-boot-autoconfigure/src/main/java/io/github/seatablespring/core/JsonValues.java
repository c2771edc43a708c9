package io.github.seatablespring.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Java values that are JSON as they are: {@code null}, strings, booleans, numbers, and
 * lists and string-keyed maps of them. The values of the rows written are turned into
 * such values once, checked as such and written as such, so that a row that holds only
 * them (most do) is neither copied nor turned into a tree.
 */
final class JsonValues {

	private JsonValues() {
	}

	/** Whether {@code value} is a JSON value as it is, including what it holds. */
	static boolean isJson(@Nullable Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
				|| value instanceof Long || value instanceof Double || value instanceof Float
				|| value instanceof BigDecimal || value instanceof BigInteger || value instanceof Short
				|| value instanceof Byte) {
			return true;
		}
		if (value instanceof List<?> list) {
			for (Object element : list) {
				if (!isJson(element)) {
					return false;
				}
			}
			return true;
		}
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!(entry.getKey() instanceof String) || !isJson(entry.getValue())) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	/** The JSON value a tree holds, its numbers of the tree's exact types. */
	static @Nullable Object of(JsonNode node) {
		return switch (node.getNodeType()) {
			case NULL, MISSING -> null;
			case BOOLEAN -> node.booleanValue();
			case NUMBER -> node.numberValue();
			case ARRAY -> {
				List<@Nullable Object> list = new ArrayList<>(node.size());
				node.values().forEach((element) -> list.add(of(element)));
				yield list;
			}
			case OBJECT -> {
				Map<String, @Nullable Object> map = new LinkedHashMap<>();
				node.properties().forEach((property) -> map.put(property.getKey(), of(property.getValue())));
				yield map;
			}
			// strings; binary data as the base64 text the tree writes
			default -> node.asString();
		};
	}

	/** Writes a value that {@link #isJson is JSON}. */
	static void write(JsonGenerator generator, @Nullable Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof Boolean flag) {
			generator.writeBoolean(flag);
		}
		else if (value instanceof Integer number) {
			generator.writeNumber(number.intValue());
		}
		else if (value instanceof Long number) {
			generator.writeNumber(number.longValue());
		}
		else if (value instanceof Double number) {
			generator.writeNumber(number.doubleValue());
		}
		else if (value instanceof Float number) {
			generator.writeNumber(number.floatValue());
		}
		else if (value instanceof BigDecimal number) {
			generator.writeNumber(number);
		}
		else if (value instanceof BigInteger number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Number number) {
			// Short and Byte
			generator.writeNumber(number.intValue());
		}
		else if (value instanceof List<?> list) {
			generator.writeStartArray(list, list.size());
			for (Object element : list) {
				write(generator, element);
			}
			generator.writeEndArray();
		}
		else if (value instanceof Map<?, ?> map) {
			writeObject(generator, map);
		}
		else {
			throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
		}
	}

	/** Writes a string-keyed map of {@link #isJson JSON values} as an object. */
	static void writeObject(JsonGenerator generator, Map<?, ?> map) {
		generator.writeStartObject(map, map.size());
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			generator.writeName((String) entry.getKey());
			write(generator, entry.getValue());
		}
		generator.writeEndObject();
	}

}

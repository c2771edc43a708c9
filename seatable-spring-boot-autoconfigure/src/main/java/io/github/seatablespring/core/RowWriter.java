package io.github.seatablespring.core;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.seatablespring.model.BatchResult;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Turns the rows an application writes (maps or mapped objects) into the JSON sent, with
 * the row mapper (SeaTable's date and duration formats), and checks them against the
 * table's columns before anything is sent. Every write of rows goes through it, the
 * big-data backend's too.
 */
final class RowWriter {

	/** SeaTable's maximum number of rows appended or updated per request. */
	static final int MAX_WRITE_BATCH = 1000;

	private static final TypeReference<LinkedHashMap<String, @Nullable Object>> VALUES = new TypeReference<>() {
	};

	private final JsonMapper rowMapper;

	private final RowValidator validator;

	RowWriter(JsonMapper rowMapper, RowValidator validator) {
		this.rowMapper = rowMapper;
		this.validator = validator;
	}

	/**
	 * Checks every item ({@code operation} names the check), writes the request bodies,
	 * then sends them in batches of {@link #MAX_WRITE_BATCH} ({@code batch} names a batch
	 * failure). A row's JSON tree is made only to check it and then dropped; the bodies
	 * are written straight from the values, once, before the first request, so that a
	 * value that cannot be written fails before anything is sent. A batch failure reports
	 * the items as given (maps or objects) as remaining, so a resume sends them again
	 * unchanged.
	 * @param values the column values of an item
	 * @param append sends one body holding {@code rows} rows
	 */
	<T> Mono<BatchResult> appendAll(String operation, String batch, String path, String table, List<T> items,
			Function<T, Map<String, ?>> values, Append append) {
		List<T> rows = List.copyOf(items);
		return validate(operation, HttpMethod.POST, path, table, labels(rows.size()),
				encoding(rows, (item) -> encode(values.apply(item))))
			.then(Mono.defer(() -> {
				List<byte[]> bodies = new ArrayList<>();
				for (int from = 0; from < rows.size(); from += MAX_WRITE_BATCH) {
					List<T> chunk = rows.subList(from, Math.min(from + MAX_WRITE_BATCH, rows.size()));
					bodies.add(body(table, chunk.stream().map(values).toList()));
				}
				// Batches sends the chunks in order, each once: the n-th call sends the
				// n-th body
				AtomicInteger next = new AtomicInteger();
				return Batches.run(batch, rows, MAX_WRITE_BATCH,
						(chunk) -> append.send(chunk.size(), bodies.get(next.getAndIncrement())));
			}));
	}

	/** Sends the JSON body of an append request. */
	@FunctionalInterface
	interface Append {

		Mono<BatchResult> send(int rows, byte[] body);

	}

	/** {@code {"table_name": ..., "rows": [...]}}, written with the row mapper. */
	private byte[] body(String table, List<Map<String, ?>> rows) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("table_name", table);
		body.put("rows", rows);
		try {
			return this.rowMapper.writeValueAsBytes(body);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Could not write the rows of '" + table + "' as JSON", ex);
		}
	}

	/** {@code row 0}, {@code row 1}, ...: made when a violation names one. */
	static List<String> labels(int size) {
		return new AbstractList<>() {

			@Override
			public String get(int index) {
				return "row " + index;
			}

			@Override
			public int size() {
				return size;
			}

		};
	}

	/** The items' JSON, made as each is read. */
	static <T> List<ObjectNode> encoding(List<T> items, Function<T, ObjectNode> encoder) {
		return new AbstractList<>() {

			@Override
			public ObjectNode get(int index) {
				return encoder.apply(items.get(index));
			}

			@Override
			public int size() {
				return items.size();
			}

		};
	}

	Mono<Void> validate(String operation, HttpMethod method, String path, String table, List<String> labels,
			List<ObjectNode> rows) {
		return this.validator.check(operation, method.name(), path, table, labels, rows);
	}

	/** A row's values as the JSON sent. */
	ObjectNode encode(Map<String, ?> values) {
		try {
			ObjectNode row = this.rowMapper.createObjectNode();
			values.forEach((column, value) -> row.set(column, node(value)));
			return row;
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Could not write the values " + values.keySet() + " as JSON", ex);
		}
	}

	/**
	 * A value as the row mapper writes it. Plain JSON values are turned into nodes
	 * directly, which is the same tree and much cheaper than writing and reading them
	 * back; anything else (dates, durations, geolocations, maps, objects) is written by
	 * the row mapper.
	 */
	private JsonNode node(@Nullable Object value) {
		JsonNodeFactory nodes = this.rowMapper.getNodeFactory();
		if (value == null) {
			return nodes.nullNode();
		}
		if (value instanceof String text) {
			return nodes.stringNode(text);
		}
		if (value instanceof Boolean flag) {
			return nodes.booleanNode(flag);
		}
		if (value instanceof Integer number) {
			return nodes.numberNode(number.intValue());
		}
		if (value instanceof Long number) {
			return nodes.numberNode(number.longValue());
		}
		if (value instanceof Double number) {
			return nodes.numberNode(number.doubleValue());
		}
		if (value instanceof List<?> list) {
			ArrayNode array = nodes.arrayNode(list.size());
			list.forEach((element) -> array.add(node(element)));
			return array;
		}
		return this.rowMapper.valueToTree(value);
	}

	/**
	 * The column values of a mapped object: its properties by column name, without null
	 * ones (an object does not say whether null means "clear" or "unknown"; clear cells
	 * with a map) and without SeaTable's own fields ({@code _id}, {@code _ctime}, ...),
	 * so an object read from a table can be written back.
	 */
	Map<String, @Nullable Object> valuesOf(Object object, String what) {
		Assert.notNull(object, () -> what + " must not be null");
		Assert.isTrue(!(object instanceof Map), () -> what + " is a Map; use appendRow/appendRows/updateRow for maps");
		Map<String, @Nullable Object> values = this.rowMapper.convertValue(object, VALUES);
		Assert.notNull(values, () -> what + " must map to a JSON object");
		values.entrySet().removeIf((cell) -> cell.getValue() == null || cell.getKey().startsWith("_"));
		Assert.isTrue(!values.isEmpty(),
				() -> what + " of type " + object.getClass().getName() + " holds no column value to write");
		return values;
	}

	static void requireTable(String table) {
		Assert.hasText(table, "table must not be empty");
	}

	static void requireValues(@Nullable Map<String, ?> values, String what) {
		Assert.notNull(values, () -> what + " must not be null");
		Assert.isTrue(!values.isEmpty(), () -> what + " must name at least one column");
	}

}

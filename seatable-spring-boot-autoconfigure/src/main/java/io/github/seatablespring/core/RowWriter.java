package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.seatablespring.model.BatchResult;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Turns the rows an application writes (maps or mapped objects) into the JSON sent, with the row
 * mapper (SeaTable's date and duration formats), and checks them against the table's columns
 * before anything is sent. Every write of rows goes through it, the big-data backend's too.
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
	 * Encodes and checks every item ({@code operation} names the check), then appends them in
	 * batches of {@link #MAX_WRITE_BATCH} ({@code batch} names a batch failure). A
	 * batch failure reports the items as given (maps or objects) as remaining, so a resume sends
	 * them again unchanged.
	 */
	<T> Mono<BatchResult> appendAll(String operation, String batch, String path, String table, List<T> items,
			Function<T, ObjectNode> encoder, Function<List<ObjectNode>, Mono<BatchResult>> append) {
		List<T> rows = List.copyOf(items);
		Map<T, ObjectNode> encoded = encodeAll(rows, encoder);
		List<String> labels = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			labels.add("row " + i);
		}
		return validate(operation, HttpMethod.POST, path, table, labels, rows.stream().map(encoded::get).toList())
			.then(Mono.defer(() -> Batches.run(batch, rows, MAX_WRITE_BATCH,
					(chunk) -> append.apply(chunk.stream().map(encoded::get).toList()))));
	}

	/** Each item's JSON, by identity (equal maps may be given twice and both must be sent). */
	static <T> Map<T, ObjectNode> encodeAll(List<T> items, Function<T, ObjectNode> encoder) {
		Map<T, ObjectNode> encoded = new IdentityHashMap<>();
		items.forEach((item) -> encoded.computeIfAbsent(item, encoder));
		return encoded;
	}

	Mono<Void> validate(String operation, HttpMethod method, String path, String table, List<String> labels,
			List<ObjectNode> rows) {
		return this.validator.check(operation, method.name(), path, table, labels, rows);
	}

	/** A row's values as the JSON sent. */
	ObjectNode encode(Map<String, ?> values) {
		try {
			return this.rowMapper.valueToTree(values);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Could not write the values " + values.keySet() + " as JSON", ex);
		}
	}

	/**
	 * The column values of a mapped object: its properties by column name, without null ones (an
	 * object does not say whether null means "clear" or "unknown"; clear cells with a map) and
	 * without SeaTable's own fields ({@code _id}, {@code _ctime}, ...), so an object read from a
	 * table can be written back.
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

package io.github.seatablespring.core;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.seatablespring.model.BatchResult;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Turns the rows an application writes (maps or mapped objects) into the JSON sent, and
 * checks them against the table's columns before anything is sent. Cells that are JSON
 * values already (text, numbers, booleans, lists and maps of them) are kept as they are;
 * only the others (dates, durations, enums, objects) go through the row mapper, in
 * SeaTable's formats. The request bodies are written from these values straight into
 * bytes, one request at a time. Every write of rows goes through it, the big-data
 * backend's too.
 */
final class RowWriter {

	/** SeaTable's maximum number of rows appended or updated per request. */
	static final int MAX_WRITE_BATCH = 1000;

	private static final TypeReference<LinkedHashMap<String, @Nullable Object>> VALUES = new TypeReference<>() {
	};

	/** Bytes first reserved for a request body; it grows as needed. */
	private static final int BODY_BUFFER = 8192;

	private final JsonMapper rowMapper;

	private final RowValidator validator;

	RowWriter(JsonMapper rowMapper, RowValidator validator) {
		this.rowMapper = rowMapper;
		this.validator = validator;
	}

	/**
	 * Checks every item ({@code operation} names the check), then sends them in batches
	 * of {@link #MAX_WRITE_BATCH} ({@code batch} names a batch failure). The values are
	 * {@link #encoding encoded} once, before the first request, so that a value that
	 * cannot be written fails before anything is sent; each request's body is written
	 * from them when it is sent, so that only one body exists at a time. A batch failure
	 * reports the items as given (maps or objects) as remaining, so a resume sends them
	 * again unchanged.
	 * @param values the column values of an item
	 * @param append sends one body holding {@code rows} rows
	 */
	<T> Mono<BatchResult> appendAll(String operation, String batch, String path, String table, List<T> items,
			Function<T, Map<String, ?>> values, Append append) {
		List<T> rows = List.copyOf(items);
		return Mono.defer(() -> {
			Encoding<T> encoded = encoding(rows, values);
			return validate(operation, HttpMethod.POST, path, table, labels(rows.size()), encoded)
				.then(Mono.defer(() -> {
					encoded.all();
					// Batches sends the chunks in order, each once: the next chunk starts
					// where the previous one ended
					AtomicInteger next = new AtomicInteger();
					return Batches.run(batch, rows, MAX_WRITE_BATCH, (chunk) -> {
						int from = next.getAndAdd(chunk.size());
						return append.send(chunk.size(), appendBody(table, encoded.subList(from, from + chunk.size())));
					});
				}));
		});
	}

	/**
	 * The items' values, each {@link #encode encoded} when first read and then kept: the
	 * check reads each row right after it is encoded (one pass over the rows, not two),
	 * and the bodies are written from the kept values.
	 */
	<T> Encoding<T> encoding(List<T> items, Function<T, ? extends Map<String, ?>> values) {
		return new Encoding<>(items, (item) -> encode(values.apply(item)));
	}

	/** A list of encoded rows, each encoded when first read. */
	static final class Encoding<T> extends AbstractList<Map<String, ?>> {

		private final List<T> items;

		private final Function<T, Map<String, ?>> encoder;

		private final @Nullable Map<?, ?>[] rows;

		private Encoding(List<T> items, Function<T, Map<String, ?>> encoder) {
			this.items = items;
			this.encoder = encoder;
			this.rows = new Map<?, ?>[items.size()];
		}

		@Override
		@SuppressWarnings("unchecked")
		public Map<String, ?> get(int index) {
			Map<String, ?> row = (Map<String, ?>) this.rows[index];
			if (row == null) {
				row = this.encoder.apply(this.items.get(index));
				this.rows[index] = row;
			}
			return row;
		}

		@Override
		public int size() {
			return this.rows.length;
		}

		/** Encodes the rows not read yet (all of them when the check was skipped). */
		void all() {
			for (int i = 0; i < this.rows.length; i++) {
				get(i);
			}
		}

	}

	/** Sends the JSON body of an append request. */
	@FunctionalInterface
	interface Append {

		Mono<BatchResult> send(int rows, byte[] body);

	}

	/** {@code {"table_name": ..., "rows": [...]}} of {@link #encode encoded} rows. */
	byte[] appendBody(String table, List<? extends Map<String, ?>> rows) {
		return write(table, (generator) -> {
			generator.writeName("rows");
			generator.writeStartArray(rows, rows.size());
			for (Map<String, ?> row : rows) {
				JsonValues.writeObject(generator, row);
			}
			generator.writeEndArray();
		});
	}

	/**
	 * {@code {"table_name": ..., "updates": [{"row_id": ..., "row": {...}}, ...]}} of
	 * {@link #encode encoded} rows and their ids.
	 */
	byte[] updateBody(String table, List<String> rowIds, List<? extends Map<String, ?>> rows) {
		return write(table, (generator) -> {
			generator.writeName("updates");
			generator.writeStartArray(rows, rows.size());
			for (int i = 0; i < rows.size(); i++) {
				generator.writeStartObject();
				generator.writeStringProperty("row_id", rowIds.get(i));
				generator.writeName("row");
				JsonValues.writeObject(generator, rows.get(i));
				generator.writeEndObject();
			}
			generator.writeEndArray();
		});
	}

	private byte[] write(String table, Consumer<JsonGenerator> rows) {
		ByteArrayBuilder bytes = new ByteArrayBuilder(BODY_BUFFER);
		try (JsonGenerator generator = this.rowMapper.createGenerator(bytes)) {
			generator.writeStartObject();
			generator.writeStringProperty("table_name", table);
			rows.accept(generator);
			generator.writeEndObject();
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Could not write the rows of '" + table + "' as JSON", ex);
		}
		return bytes.toByteArray();
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

	/**
	 * Checks {@link #encode encoded} rows.
	 * @param labels names each row in a violation
	 */
	Mono<Void> validate(String operation, HttpMethod method, String path, String table, List<String> labels,
			List<? extends Map<String, ?>> rows) {
		return this.validator.check(operation, method.name(), path, table, labels, rows);
	}

	/**
	 * A row's values as the JSON values sent. The values that are JSON as they are (text,
	 * numbers, booleans, lists and maps of them) are kept; the others (dates, durations,
	 * geolocations, enums, objects) are written by the row mapper, in SeaTable's formats.
	 * A row whose values are all JSON is returned as it is.
	 */
	Map<String, ?> encode(Map<String, ?> values) {
		for (Object value : values.values()) {
			if (!JsonValues.isJson(value)) {
				return converted(values);
			}
		}
		return values;
	}

	private Map<String, @Nullable Object> converted(Map<String, ?> values) {
		try {
			Map<String, @Nullable Object> row = new LinkedHashMap<>();
			values.forEach((column, value) -> row.put(column,
					JsonValues.isJson(value) ? value : JsonValues.of(this.rowMapper.valueToTree(value))));
			return row;
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Could not write the values " + values.keySet() + " as JSON", ex);
		}
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

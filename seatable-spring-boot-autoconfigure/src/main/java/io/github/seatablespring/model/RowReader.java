package io.github.seatablespring.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JsonTokenId;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads rows straight from SeaTable's JSON, token by token: each row's cells are built
 * once, as the plain values {@link Row} holds, with no tree or map in between. Numbers
 * are read as the mapper reads untyped numbers ({@code Integer}, {@code Long},
 * {@code BigInteger}, and {@code Double} or, with {@code USE_BIG_DECIMAL_FOR_FLOATS},
 * {@code BigDecimal}).
 */
public final class RowReader {

	private final ValueConverter converter;

	private final boolean bigDecimals;

	/**
	 * @param mapper the mapper the rows convert their cells and themselves with
	 * ({@link Row#as(Class)})
	 */
	public RowReader(JsonMapper mapper) {
		this.converter = ValueConverter.of(mapper);
		this.bigDecimals = mapper.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
	}

	/** The converter of the rows read. */
	public ValueConverter converter() {
		return this.converter;
	}

	/**
	 * The row whose {@link JsonToken#START_OBJECT} the parser is at; the parser is left
	 * at its {@link JsonToken#END_OBJECT}.
	 */
	public Row read(JsonParser parser) {
		return read(parser, null);
	}

	/**
	 * The row whose {@link JsonToken#START_OBJECT} the parser is at, which shares its
	 * column names with {@code previous} if it has the same ones; the parser is left at
	 * its {@link JsonToken#END_OBJECT}.
	 * @param parser the parser, at the row's start
	 * @param previous the row read before this one from the same array, or {@code null}
	 */
	public Row read(JsonParser parser, @Nullable Row previous) {
		RowCells.Columns known = (previous != null && previous.values() instanceof RowCells cells) ? cells.columns()
				: null;
		// this row's names: the previous row's as long as they match, then a copy of its
		// own
		String[] names = (known != null) ? known.names : new String[16];
		boolean shared = known != null;
		@Nullable Object[] values = new Object[shared ? names.length : 16];
		int count = 0;
		boolean mayHaveCutLinks = false;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken token = parser.nextToken();
			Object value;
			// most cells are strings and integers: read without the general switch
			if (token == JsonToken.VALUE_STRING) {
				value = parser.getString();
			}
			else if (token == JsonToken.VALUE_NUMBER_INT) {
				value = parser.getNumberValue();
			}
			else {
				value = value(parser, token);
				// a link cell is a list: looked at here, the other cells cost nothing
				// later
				mayHaveCutLinks |= (value instanceof List) && Row.isLinkCell(value);
			}
			if (count == values.length) {
				values = Arrays.copyOf(values, Math.max(8, count * 2));
			}
			if (shared && (count >= names.length || names[count] != name)) {
				names = Arrays.copyOf(names, values.length);
				shared = false;
			}
			if (!shared) {
				if (count == names.length) {
					names = Arrays.copyOf(names, Math.max(8, count * 2));
				}
				names[count] = name;
			}
			values[count++] = value;
		}
		if (values.length != count) {
			values = Arrays.copyOf(values, count);
		}
		if (shared && count == names.length) {
			return new Row(new RowCells(known, values), this.converter, mayHaveCutLinks);
		}
		// fewer names than the previous row, or names of its own
		String[] columns = (!shared && names.length == count) ? names : Arrays.copyOf(names, count);
		if (!RowCells.Columns.distinct(columns)) {
			// a name twice: the last value counts, at the first place, as in a map
			LinkedHashMap<String, @Nullable Object> cells = new LinkedHashMap<>();
			for (int i = 0; i < count; i++) {
				cells.put(columns[i], values[i]);
			}
			return new Row(cells, this.converter, mayHaveCutLinks);
		}
		return new Row(new RowCells(new RowCells.Columns(columns), values), this.converter, mayHaveCutLinks);
	}

	/** The JSON value the parser is at, as a plain Java value. */
	public @Nullable Object value(JsonParser parser) {
		JsonToken token = parser.currentToken();
		return (token != null) ? value(parser, token) : null;
	}

	private @Nullable Object value(JsonParser parser, JsonToken token) {
		return switch (token.id()) {
			case JsonTokenId.ID_STRING -> parser.getString();
			case JsonTokenId.ID_NUMBER_INT -> parser.getNumberValue();
			case JsonTokenId.ID_NUMBER_FLOAT ->
				this.bigDecimals ? parser.getDecimalValue() : (Object) parser.getDoubleValue();
			case JsonTokenId.ID_TRUE -> Boolean.TRUE;
			case JsonTokenId.ID_FALSE -> Boolean.FALSE;
			case JsonTokenId.ID_START_ARRAY -> {
				List<@Nullable Object> list = new ArrayList<>(4);
				for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser
					.nextToken()) {
					list.add(value(parser, element));
				}
				yield list;
			}
			case JsonTokenId.ID_START_OBJECT -> {
				Map<String, @Nullable Object> object = new LinkedHashMap<>();
				for (String name = parser.nextName(); name != null; name = parser.nextName()) {
					object.put(name, value(parser, parser.nextToken()));
				}
				yield object;
			}
			case JsonTokenId.ID_EMBEDDED_OBJECT -> parser.getEmbeddedObject();
			default -> null;
		};
	}

}

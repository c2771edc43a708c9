package io.github.seatablespring.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
		LinkedHashMap<String, @Nullable Object> cells = new LinkedHashMap<>();
		boolean mayHaveCutLinks = false;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			parser.nextToken();
			Object value = value(parser);
			// a link cell is a list: looked at here, the other cells cost nothing later
			mayHaveCutLinks |= (value instanceof List) && Row.isLinkCell(value);
			cells.put(name, value);
		}
		return new Row(cells, this.converter, mayHaveCutLinks);
	}

	private void readFields(JsonParser parser, Map<String, @Nullable Object> fields) {
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			parser.nextToken();
			fields.put(name, value(parser));
		}
	}

	/** The JSON value the parser is at, as a plain Java value. */
	public @Nullable Object value(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == null) {
			return null;
		}
		return switch (token) {
			case VALUE_STRING -> parser.getString();
			case VALUE_NUMBER_INT -> parser.getNumberValue();
			case VALUE_NUMBER_FLOAT -> this.bigDecimals ? parser.getDecimalValue() : (Object) parser.getDoubleValue();
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case START_ARRAY -> {
				List<@Nullable Object> list = new ArrayList<>();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					list.add(value(parser));
				}
				yield list;
			}
			case START_OBJECT -> {
				Map<String, @Nullable Object> object = new LinkedHashMap<>();
				readFields(parser, object);
				yield object;
			}
			case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject();
			default -> null;
		};
	}

}

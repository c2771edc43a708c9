package io.github.seatablespring.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A row as SeaTable returns it: cells keyed by column name, plus SeaTable's own fields
 * such as {@code _id}, {@code _ctime} and {@code _mtime}.
 *
 * <p>
 * Cells hold plain JSON values: {@code String}, {@code Number}, {@code Boolean},
 * {@code List} and {@code Map} (links, files, geolocations, ...), or {@code null} for an
 * empty cell. The typed getters convert on read and fail with a clear message when a cell
 * does not hold that type.
 */
public final class Row {

	/** Name of the field that holds a row's id. */
	public static final String ID = "_id";

	/** SeaTable returns at most this many links per link cell in row and SQL results. */
	public static final int MAX_LINKS_PER_CELL = 50;

	private final Map<String, @Nullable Object> values;

	private final ValueConverter converter;

	/**
	 * {@code false} when the {@link RowReader} saw no cell that may be cut, so that
	 * {@link #columnsWithMoreLinks()}, asked for every row read, need not look.
	 */
	private final boolean mayHaveCutLinks;

	public Row(Map<String, ? extends @Nullable Object> values, ValueConverter converter) {
		this.values = Maps.orderedCopy(values);
		this.converter = converter;
		this.mayHaveCutLinks = true;
	}

	/**
	 * A row that keeps {@code cells} itself, not a copy: for the {@link RowReader}, whose
	 * map nobody else holds.
	 */
	Row(LinkedHashMap<String, @Nullable Object> cells, ValueConverter converter, boolean mayHaveCutLinks) {
		this.values = Collections.unmodifiableMap(cells);
		this.converter = converter;
		this.mayHaveCutLinks = mayHaveCutLinks;
	}

	/** A row of the cells the {@link RowReader} read, kept as they are. */
	Row(RowCells cells, ValueConverter converter, boolean mayHaveCutLinks) {
		this.values = cells;
		this.converter = converter;
		this.mayHaveCutLinks = mayHaveCutLinks;
	}

	/** A row of these values, converted with Jackson's default mapper. */
	public static Row of(Map<String, ? extends @Nullable Object> values) {
		return new Row(values, ValueConverter.standard());
	}

	/**
	 * The row id ({@code _id}), or {@code null} for SQL results that do not select it
	 * (aggregates).
	 */
	public @Nullable String id() {
		Object id = this.values.get(ID);
		return (id != null) ? id.toString() : null;
	}

	/** Whether the row has a cell for this column (even an empty one). */
	public boolean has(String column) {
		return this.values.containsKey(column);
	}

	/** The raw value of a cell, or {@code null} when empty or absent. */
	public @Nullable Object get(String column) {
		return this.values.get(column);
	}

	/**
	 * The value of a cell converted to {@code type} with the application's JSON mapper.
	 */
	public <T> @Nullable T get(String column, Class<T> type) {
		Object value = this.values.get(column);
		if (value == null) {
			return null;
		}
		try {
			return this.converter.convert(value, type);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Column '" + column + "' holds " + describe(value)
					+ ", which cannot be read as " + type.getSimpleName(), ex);
		}
	}

	/**
	 * A text cell (text, long text, email, URL, single select, ...); other scalars as
	 * their text.
	 */
	public @Nullable String getString(String column) {
		Object value = this.values.get(column);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		throw wrongType(column, value, "text");
	}

	/** A whole-number cell (number, rate, duration in seconds, ...). */
	public @Nullable Long getLong(String column) {
		BigDecimal number = getBigDecimal(column);
		if (number == null) {
			return null;
		}
		try {
			return number.longValueExact();
		}
		catch (ArithmeticException ex) {
			throw wrongType(column, number, "a whole number");
		}
	}

	/** A whole-number cell as {@code Integer}. */
	public @Nullable Integer getInteger(String column) {
		Long number = getLong(column);
		if (number == null) {
			return null;
		}
		if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
			throw wrongType(column, number, "an int");
		}
		return number.intValue();
	}

	/** A number cell as {@code Double}. */
	public @Nullable Double getDouble(String column) {
		BigDecimal number = getBigDecimal(column);
		return (number != null) ? number.doubleValue() : null;
	}

	/** A number cell without loss of precision. Numeric text is accepted too. */
	public @Nullable BigDecimal getBigDecimal(String column) {
		Object value = this.values.get(column);
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number || value instanceof String) {
			try {
				return new BigDecimal(value.toString().trim());
			}
			catch (NumberFormatException ex) {
				throw wrongType(column, value, "a number");
			}
		}
		throw wrongType(column, value, "a number");
	}

	/** A checkbox cell. */
	public @Nullable Boolean getBoolean(String column) {
		Object value = this.values.get(column);
		if (value == null || value instanceof Boolean) {
			return (Boolean) value;
		}
		throw wrongType(column, value, "a checkbox (true/false)");
	}

	/** A date cell without its time, in the offset SeaTable returned it with. */
	public @Nullable LocalDate getLocalDate(String column) {
		String text = getString(column);
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (text.length() != 10) {
			return parseDateTime(column, text).toLocalDate();
		}
		try {
			return LocalDate.parse(text);
		}
		catch (RuntimeException ex) {
			throw wrongType(column, text, "a date such as 2030-06-20");
		}
	}

	/** A date-time cell ({@code _ctime}, {@code _mtime}, date columns with time). */
	public @Nullable OffsetDateTime getOffsetDateTime(String column) {
		String text = getString(column);
		if (text == null || text.isEmpty()) {
			return null;
		}
		return parseDateTime(column, text);
	}

	/** A list cell (multiple select, link, file, image, collaborator, ...). */
	public List<?> getList(String column) {
		Object value = this.values.get(column);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list;
		}
		throw wrongType(column, value, "a list");
	}

	/**
	 * Whether a link cell may hold more links than SeaTable returned: row and SQL results
	 * carry at most {@value #MAX_LINKS_PER_CELL} links per cell, so a cell with that many
	 * may be cut. Read every link with
	 * {@code links().streamLinkedRows(table, column, row.id())}.
	 */
	public boolean mayHaveMoreLinks(String column) {
		return isLinkCell(this.values.get(column));
	}

	/**
	 * The link columns of this row that {@linkplain #mayHaveMoreLinks(String) may have
	 * been cut}.
	 */
	public List<String> columnsWithMoreLinks() {
		if (!this.mayHaveCutLinks) {
			return List.of();
		}
		// most rows have no such cell, so look at the values alone first
		boolean any = false;
		for (Object value : this.values.values()) {
			if (isLinkCell(value)) {
				any = true;
				break;
			}
		}
		if (!any) {
			return List.of();
		}
		List<String> columns = null;
		for (Map.Entry<String, @Nullable Object> cell : this.values.entrySet()) {
			if (isLinkCell(cell.getValue())) {
				columns = (columns != null) ? columns : new ArrayList<>();
				columns.add(cell.getKey());
			}
		}
		return (columns != null) ? List.copyOf(columns) : List.of();
	}

	static boolean isLinkCell(@Nullable Object value) {
		return value instanceof List<?> list && list.size() >= MAX_LINKS_PER_CELL
				&& list.get(0) instanceof Map<?, ?> link && link.containsKey("row_id");
	}

	/** All cells, keyed by column name, in the order SeaTable sent them. */
	public Map<String, @Nullable Object> values() {
		return this.values;
	}

	/** The row mapped onto a record or POJO with the application's JSON mapper. */
	public <T> T as(Class<T> type) {
		return this.converter.convert(this.values, type);
	}

	private OffsetDateTime parseDateTime(String column, String text) {
		try {
			return OffsetDateTime.parse(text);
		}
		catch (RuntimeException ex) {
			throw wrongType(column, text, "a date-time such as 2030-06-20T23:55:00+02:00");
		}
	}

	private static IllegalStateException wrongType(String column, Object value, String expected) {
		return new IllegalStateException("Column '" + column + "' holds " + describe(value) + ", not " + expected);
	}

	private static String describe(Object value) {
		String text = String.valueOf(value);
		if (text.length() > 60) {
			text = text.substring(0, 57) + "...";
		}
		return value.getClass().getSimpleName() + " " + text;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (this == other) || (other instanceof Row row && this.values.equals(row.values));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.values);
	}

	@Override
	public String toString() {
		return "Row" + this.values;
	}

}

package io.github.seatablespring.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.seatablespring.SeaTableRequestDetails;
import io.github.seatablespring.SeaTableValidationException;
import io.github.seatablespring.SeaTableValidationException.Violation;
import io.github.seatablespring.mapping.SeaTableModule;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.Metadata;
import io.github.seatablespring.model.Table;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks rows against the table's columns before they are written, for the cases where
 * SeaTable would silently drop or change data (see the SeaTable API issues 1-7): unknown
 * columns are ignored, a checkbox given {@code 1} is stored as {@code false}, an
 * unreadable date as empty, unknown select options are added to the column, ratings are
 * not range-checked, half a geolocation is stored, and auto-numbers can be overwritten.
 */
final class RowValidator {

	/** Column types SeaTable fills itself. */
	static final Set<String> READ_ONLY = Set.of("formula", "link-formula", "auto-number", "creator", "ctime", "mtime",
			"last-modifier", "button");

	private static final Pattern DATE = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?");

	private static final Pattern CLOCK = Pattern.compile("\\d+:[0-5]?\\d(:[0-5]?\\d)?");

	private static final int DEFAULT_RATE_MAX = 5;

	private static final String UNKNOWN_TABLE = "no such table";

	private static final String UNKNOWN_COLUMN = "no such column";

	private static final int VALUE_LENGTH = 60;

	/**
	 * How recent metadata must be to refuse an unknown name without fetching it again: a
	 * burst of refused writes fetches the metadata once, not once per write.
	 */
	static final Duration RECHECK_AFTER = Duration.ofSeconds(10);

	private final MetadataCache metadata;

	private final RowValidation settings;

	private final JsonMapper mapper;

	/**
	 * @param mapper writes a refused value into the violation
	 */
	RowValidator(MetadataCache metadata, RowValidation settings, JsonMapper mapper) {
		this.metadata = metadata;
		this.settings = settings;
		this.mapper = mapper;
	}

	/**
	 * Completes empty when every row is valid, or fails with a
	 * {@link SeaTableValidationException} listing every invalid value. An unknown table
	 * or column may be new, so the metadata is fetched once more before such a name is
	 * refused, unless it was loaded within {@link #RECHECK_AFTER}.
	 * @param rows the rows' values, each a {@link JsonValues JSON value}
	 */
	Mono<Void> check(String operation, String method, String path, String table, List<String> labels,
			List<? extends Map<String, ?>> rows) {
		if (!this.settings.enabled() || rows.isEmpty()) {
			return Mono.empty();
		}
		return this.metadata.get().flatMap((cached) -> {
			List<Violation> violations = violations(cached, table, labels, rows);
			if (violations.stream().noneMatch(RowValidator::unknownName)) {
				return Mono.just(violations);
			}
			return this.metadata.getLoadedWithin(RECHECK_AFTER).map((fresh) -> violations(fresh, table, labels, rows));
		})
			.flatMap((violations) -> violations.isEmpty() ? Mono.empty()
					: Mono.error(new SeaTableValidationException(operation, table, violations,
							SeaTableRequestDetails.unanswered(method, path))));
	}

	private static boolean unknownName(Violation violation) {
		return violation.problem().startsWith(UNKNOWN_TABLE) || violation.problem().startsWith(UNKNOWN_COLUMN);
	}

	List<Violation> violations(Metadata metadata, String tableName, List<String> labels,
			List<? extends Map<String, ?>> rows) {
		Optional<Table> found = metadata.table(tableName);
		if (found.isEmpty()) {
			return List.of(new Violation("", null, null, UNKNOWN_TABLE + " '" + tableName + "' in the base (tables: "
					+ names(metadata.tables().stream().map(Table::name).toList()) + ")"));
		}
		Columns columns = new Columns(found.get());
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			for (Map.Entry<String, ?> cell : rows.get(i).entrySet()) {
				String problem = problem(columns, cell.getKey(), cell.getValue());
				if (problem != null) {
					violations.add(new Violation(labels.get(i), cell.getKey(), shorten(cell.getValue()), problem));
				}
			}
		}
		return violations;
	}

	private @Nullable String problem(Columns columns, String name, @Nullable Object value) {
		Table table = columns.table;
		Column column = columns.get(name);
		if (column == null) {
			if (name.startsWith("_")) {
				return "'" + name + "' is a field SeaTable fills itself; leave it out";
			}
			return UNKNOWN_COLUMN + " in table '" + table.name() + "', SeaTable would drop the value (columns: "
					+ names(table.columns().stream().map(Column::name).toList()) + ")";
		}
		String type = column.type();
		if (READ_ONLY.contains(type)) {
			return "a " + type + " column is filled by SeaTable and cannot be written; leave it out"
					+ " (on a mapped class: @SeaTableColumn(value = \"" + column.name() + "\", readOnly = true))";
		}
		if (value == null) {
			return null;
		}
		return switch (type) {
			case "text", "long-text", "email", "url" -> (value instanceof String) ? null : "accepted: text";
			case "number" -> (value instanceof Number) ? null : "accepted: a number such as 12.5 (not text)";
			case "checkbox" ->
				(value instanceof Boolean) ? null : "accepted: true or false (SeaTable stores 1 or \"true\" as false)";
			case "date" -> date(value) ? null
					: "not a date SeaTable reads reliably (it would store it as empty); accepted: 2030-06-20, "
							+ "2030-06-20 23:55 or ISO 8601 such as 2030-06-20T23:55:00+02:00";
			case "duration" ->
				duration(value) ? null : "accepted: whole seconds such as 5430, or text h:mm / h:mm:ss such as 1:30:30";
			case "single-select" -> (value instanceof String option) ? option(columns, column, option)
					: "accepted: the name of an option (" + names(columns.options(column)) + ")";
			case "multiple-select" -> multipleSelect(columns, column, value);
			case "collaborator", "image" -> stringList(value) ? null : "accepted: a list of "
					+ (type.equals("image") ? "image URLs" : "user ids such as 24...ab2@auth.local");
			case "file" -> files(value) ? null
					: "accepted: a list of files {\"name\", \"size\", \"type\", \"url\"} of uploaded files";
			case "link" -> (value instanceof List) ? null : "accepted: a list of linked rows";
			case "geolocation" -> geolocation(column, value);
			case "rate" -> rate(column, value);
			case "digital-sign" ->
				(value instanceof Map) ? null : "accepted: {\"username\", \"sign_image_url\", \"sign_time\"}";
			default -> null;
		};
	}

	private static boolean date(Object value) {
		if (!(value instanceof String text)) {
			return false;
		}
		if (text.length() == 10) {
			return day(text);
		}
		if (text.length() == 16 && (text.charAt(10) == ' ' || text.charAt(10) == 'T')) {
			return day(text) && text.charAt(13) == ':' && number(text, 11, 13) <= 23 && number(text, 14, 16) <= 59;
		}
		if (!DATE.matcher(text).matches()) {
			return false;
		}
		try {
			SeaTableModule.parseDateTime(text);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Whether the text starts with a date {@code 2030-06-20}, as {@code LocalDate.parse}
	 * reads it: checked without parsing, for the form most dates take.
	 */
	private static boolean day(String text) {
		int year = number(text, 0, 4);
		int month = number(text, 5, 7);
		int day = number(text, 8, 10);
		return year >= 0 && text.charAt(4) == '-' && text.charAt(7) == '-' && month >= 1 && month <= 12 && day >= 1
				&& day <= Month.of(month).length(Year.isLeap(year));
	}

	/** The decimal digits from {@code start} to {@code end}, or -1 if one is not. */
	private static int number(String text, int start, int end) {
		int number = 0;
		for (int i = start; i < end; i++) {
			char digit = text.charAt(i);
			if (digit < '0' || digit > '9') {
				return -1;
			}
			number = number * 10 + (digit - '0');
		}
		return number;
	}

	private static boolean duration(Object value) {
		if (value instanceof Number number) {
			BigDecimal seconds = decimal(number);
			return seconds != null && seconds.signum() >= 0;
		}
		return (value instanceof String text) && CLOCK.matcher(text).matches();
	}

	private @Nullable String option(Columns columns, Column column, String name) {
		List<String> options = columns.options(column);
		if (this.settings.allowNewSelectOptions() || options.contains(name)) {
			return null;
		}
		return "'" + name + "' is not an option of the column, SeaTable would add it; accepted: " + names(options)
				+ " (or set seatable.validation.allow-new-select-options=true)";
	}

	private @Nullable String multipleSelect(Columns columns, Column column, Object value) {
		if (!stringList(value)) {
			return "accepted: a list of option names (" + names(columns.options(column)) + ")";
		}
		for (Object element : (List<?>) value) {
			String problem = option(columns, column, (String) element);
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static @Nullable String geolocation(Column column, Object value) {
		Object format = column.data().get("geo_format");
		Map<?, ?> parts = (value instanceof Map<?, ?> map) ? map : null;
		if ("country_region".equals(format)) {
			return (parts != null && parts.get("country_region") instanceof String) ? null
					: "accepted: {\"country_region\": \"Germany\"}";
		}
		if (format == null || "lng_lat".equals(format)) {
			boolean valid = parts != null && coordinate(parts.get("lat"), 90) && coordinate(parts.get("lng"), 180);
			return valid ? null
					: "accepted: both coordinates, {\"lat\": -90..90, \"lng\": -180..180} (SeaTable keeps half of one)";
		}
		return (parts != null && !parts.isEmpty()) ? null
				: "accepted: an object with the parts of the column's format '" + format + "'";
	}

	private static boolean coordinate(@Nullable Object value, int limit) {
		BigDecimal degrees = (value instanceof Number number) ? decimal(number) : null;
		return degrees != null && degrees.abs().compareTo(BigDecimal.valueOf(limit)) <= 0;
	}

	private static @Nullable String rate(Column column, Object value) {
		int max = (column.data().get("rate_max_number") instanceof Number number) ? number.intValue()
				: DEFAULT_RATE_MAX;
		boolean whole = value instanceof Integer || value instanceof Long || value instanceof Short
				|| value instanceof Byte || value instanceof BigInteger;
		BigDecimal rate = whole ? decimal((Number) value) : null;
		boolean valid = rate != null && rate.compareTo(BigDecimal.ONE) >= 0
				&& rate.compareTo(BigDecimal.valueOf(max)) <= 0;
		return valid ? null : "accepted: a whole number from 1 to " + max + " (null clears the rating)";
	}

	/** A JSON number's exact value; {@code null} for NaN and infinities. */
	private static @Nullable BigDecimal decimal(Number number) {
		if (number instanceof BigDecimal decimal) {
			return decimal;
		}
		if (number instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (number instanceof Double || number instanceof Float) {
			double value = number.doubleValue();
			return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
		}
		return BigDecimal.valueOf(number.longValue());
	}

	private static boolean stringList(Object value) {
		if (!(value instanceof List<?> list)) {
			return false;
		}
		for (Object element : list) {
			if (!(element instanceof String)) {
				return false;
			}
		}
		return true;
	}

	private static boolean files(Object value) {
		if (!(value instanceof List<?> list)) {
			return false;
		}
		for (Object file : list) {
			if (!(file instanceof Map<?, ?> parts) || !(parts.get("name") instanceof String)
					|| !(parts.get("url") instanceof String)) {
				return false;
			}
		}
		return true;
	}

	private static String names(List<String> names) {
		Set<String> unique = new LinkedHashSet<>(names);
		String listed = unique.stream().limit(20).map((name) -> "'" + name + "'").collect(Collectors.joining(", "));
		return unique.isEmpty() ? "none" : (unique.size() > 20) ? listed + ", ..." : listed;
	}

	private String shorten(@Nullable Object value) {
		String text = this.mapper.writeValueAsString(value);
		return (text.length() > VALUE_LENGTH) ? text.substring(0, VALUE_LENGTH - 3) + "..." : text;
	}

	/**
	 * A table's columns by name and by key (a name wins over a key), and the option names
	 * of its select columns, read once per check rather than once per cell.
	 */
	private static final class Columns {

		private final Table table;

		private final Map<String, Column> byName = new HashMap<>();

		private final Map<String, Column> byKey = new HashMap<>();

		private final Map<Column, List<String>> options = new IdentityHashMap<>();

		Columns(Table table) {
			this.table = table;
			for (Column column : table.columns()) {
				this.byName.putIfAbsent(column.name(), column);
				this.byKey.put(column.key(), column);
			}
		}

		@Nullable Column get(String name) {
			Column column = this.byName.get(name);
			return (column != null) ? column : this.byKey.get(name);
		}

		List<String> options(Column column) {
			return this.options.computeIfAbsent(column, Columns::optionNames);
		}

		private static List<String> optionNames(Column column) {
			List<String> names = new ArrayList<>();
			if (column.data().get("options") instanceof Collection<?> options) {
				for (Object option : options) {
					if (option instanceof Map<?, ?> map && map.get("name") instanceof String name) {
						names.add(name);
					}
				}
			}
			return names;
		}

	}

}

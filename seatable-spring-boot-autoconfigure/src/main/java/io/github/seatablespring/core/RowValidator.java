package io.github.seatablespring.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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

	RowValidator(MetadataCache metadata, RowValidation settings) {
		this.metadata = metadata;
		this.settings = settings;
	}

	/**
	 * Completes empty when every row is valid, or fails with a
	 * {@link SeaTableValidationException} listing every invalid value. An unknown table
	 * or column may be new, so the metadata is fetched once more before such a name is
	 * refused, unless it was loaded within {@link #RECHECK_AFTER}.
	 */
	Mono<Void> check(String operation, String method, String path, String table, List<String> labels,
			List<ObjectNode> rows) {
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

	List<Violation> violations(Metadata metadata, String tableName, List<String> labels, List<ObjectNode> rows) {
		Optional<Table> found = metadata.table(tableName);
		if (found.isEmpty()) {
			return List.of(new Violation("", null, null, UNKNOWN_TABLE + " '" + tableName + "' in the base (tables: "
					+ names(metadata.tables().stream().map(Table::name).toList()) + ")"));
		}
		Table table = found.get();
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			String label = labels.get(i);
			for (Map.Entry<String, JsonNode> cell : rows.get(i).properties()) {
				String problem = problem(table, cell.getKey(), cell.getValue());
				if (problem != null) {
					violations.add(new Violation(label, cell.getKey(), shorten(cell.getValue()), problem));
				}
			}
		}
		return violations;
	}

	private @Nullable String problem(Table table, String name, JsonNode value) {
		Column column = column(table, name);
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
		if (value.isNull()) {
			return null;
		}
		return switch (type) {
			case "text", "long-text", "email", "url" -> value.isString() ? null : "accepted: text";
			case "number" -> value.isNumber() ? null : "accepted: a number such as 12.5 (not text)";
			case "checkbox" ->
				value.isBoolean() ? null : "accepted: true or false (SeaTable stores 1 or \"true\" as false)";
			case "date" -> date(value) ? null
					: "not a date SeaTable reads reliably (it would store it as empty); accepted: 2030-06-20, "
							+ "2030-06-20 23:55 or ISO 8601 such as 2030-06-20T23:55:00+02:00";
			case "duration" ->
				duration(value) ? null : "accepted: whole seconds such as 5430, or text h:mm / h:mm:ss such as 1:30:30";
			case "single-select" -> value.isString() ? option(column, value.asString())
					: "accepted: the name of an option (" + names(options(column)) + ")";
			case "multiple-select" -> multipleSelect(column, value);
			case "collaborator", "image" -> stringArray(value) ? null : "accepted: a list of "
					+ (type.equals("image") ? "image URLs" : "user ids such as 24...ab2@auth.local");
			case "file" -> files(value) ? null
					: "accepted: a list of files {\"name\", \"size\", \"type\", \"url\"} of uploaded files";
			case "link" -> value.isArray() ? null : "accepted: a list of linked rows";
			case "geolocation" -> geolocation(column, value);
			case "rate" -> rate(column, value);
			case "digital-sign" ->
				value.isObject() ? null : "accepted: {\"username\", \"sign_image_url\", \"sign_time\"}";
			default -> null;
		};
	}

	private static @Nullable Column column(Table table, String name) {
		Column byKey = null;
		for (Column column : table.columns()) {
			if (column.name().equals(name)) {
				return column;
			}
			if (column.key().equals(name)) {
				byKey = column;
			}
		}
		return byKey;
	}

	private static boolean date(JsonNode value) {
		if (!value.isString() || !DATE.matcher(value.asString()).matches()) {
			return false;
		}
		try {
			SeaTableModule.parseDateTime(value.asString());
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static boolean duration(JsonNode value) {
		if (value.isNumber()) {
			return value.decimalValue().signum() >= 0;
		}
		return value.isString() && CLOCK.matcher(value.asString()).matches();
	}

	private @Nullable String option(Column column, String name) {
		List<String> options = options(column);
		if (this.settings.allowNewSelectOptions() || options.contains(name)) {
			return null;
		}
		return "'" + name + "' is not an option of the column, SeaTable would add it; accepted: " + names(options)
				+ " (or set seatable.validation.allow-new-select-options=true)";
	}

	private @Nullable String multipleSelect(Column column, JsonNode value) {
		if (!stringArray(value)) {
			return "accepted: a list of option names (" + names(options(column)) + ")";
		}
		for (JsonNode element : value) {
			String problem = option(column, element.asString());
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static @Nullable String geolocation(Column column, JsonNode value) {
		Object format = column.data().get("geo_format");
		if ("country_region".equals(format)) {
			return (value.isObject() && value.path("country_region").isString()) ? null
					: "accepted: {\"country_region\": \"Germany\"}";
		}
		if (format == null || "lng_lat".equals(format)) {
			boolean valid = value.isObject() && coordinate(value.path("lat"), 90) && coordinate(value.path("lng"), 180);
			return valid ? null
					: "accepted: both coordinates, {\"lat\": -90..90, \"lng\": -180..180} (SeaTable keeps half of one)";
		}
		return (value.isObject() && !value.isEmpty()) ? null
				: "accepted: an object with the parts of the column's format '" + format + "'";
	}

	private static boolean coordinate(JsonNode value, int limit) {
		return value.isNumber() && value.decimalValue().abs().compareTo(BigDecimal.valueOf(limit)) <= 0;
	}

	private static @Nullable String rate(Column column, JsonNode value) {
		int max = (column.data().get("rate_max_number") instanceof Number number) ? number.intValue()
				: DEFAULT_RATE_MAX;
		boolean valid = value.isIntegralNumber() && value.asLong() >= 1 && value.asLong() <= max;
		return valid ? null : "accepted: a whole number from 1 to " + max + " (null clears the rating)";
	}

	private static boolean stringArray(JsonNode value) {
		if (!value.isArray()) {
			return false;
		}
		for (JsonNode element : value) {
			if (!element.isString()) {
				return false;
			}
		}
		return true;
	}

	private static boolean files(JsonNode value) {
		if (!value.isArray()) {
			return false;
		}
		for (JsonNode file : value) {
			if (!file.isObject() || !file.path("name").isString() || !file.path("url").isString()) {
				return false;
			}
		}
		return true;
	}

	private static List<String> options(Column column) {
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

	private static String names(List<String> names) {
		Set<String> unique = new LinkedHashSet<>(names);
		String listed = unique.stream().limit(20).map((name) -> "'" + name + "'").collect(Collectors.joining(", "));
		return unique.isEmpty() ? "none" : (unique.size() > 20) ? listed + ", ..." : listed;
	}

	private static String shorten(JsonNode value) {
		String text = value.toString();
		return (text.length() > VALUE_LENGTH) ? text.substring(0, VALUE_LENGTH - 3) + "..." : text;
	}

}

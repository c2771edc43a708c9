package io.github.seatablespring.test.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A view's filters and sorts applied to rows keyed by column name, as
 * {@code listRows(view_name=...)} answers them. Filters name a column by
 * {@code column_key} (or {@code column_name}) and take a {@code filter_predicate} and
 * {@code filter_term}; sorts take {@code sort_type} {@code up} or {@code down}.
 */
final class ViewRows {

	private ViewRows() {
	}

	static List<Map<String, Object>> apply(TableDef table, Map<String, Object> view, List<Map<String, Object>> rows) {
		List<Map<String, Object>> kept = new ArrayList<>();
		boolean any = "Or".equalsIgnoreCase(String.valueOf(view.get("filter_conjunction")));
		List<Map<?, ?>> filters = objects(view.get("filters"));
		for (Map<String, Object> row : rows) {
			if (filters.isEmpty() || (any ? filters.stream().anyMatch((f) -> matches(table, f, row))
					: filters.stream().allMatch((f) -> matches(table, f, row)))) {
				kept.add(row);
			}
		}
		Comparator<Map<String, Object>> order = null;
		for (Map<?, ?> sort : objects(view.get("sorts"))) {
			ColumnDef column = column(table, sort);
			if (column == null) {
				continue;
			}
			Comparator<Map<String, Object>> next = Comparator.comparing((row) -> row.get(column.name()),
					ViewRows::compare);
			if ("down".equals(sort.get("sort_type"))) {
				next = next.reversed();
			}
			order = (order == null) ? next : order.thenComparing(next);
		}
		if (order != null) {
			kept.sort(order);
		}
		return kept;
	}

	private static boolean matches(TableDef table, Map<?, ?> filter, Map<String, Object> row) {
		ColumnDef column = column(table, filter);
		if (column == null) {
			return true;
		}
		Object cell = row.get(column.name());
		Object term = filter.get("filter_term");
		String predicate = String.valueOf(filter.get("filter_predicate"));
		String text = (cell == null) ? "" : String.valueOf(cell).toLowerCase(Locale.ROOT);
		String termText = (term == null) ? "" : String.valueOf(term).toLowerCase(Locale.ROOT);
		return switch (predicate) {
			case "contains" -> text.contains(termText);
			case "does_not_contain" -> !text.contains(termText);
			case "is", "equal", "is_exactly" -> isEmpty(term) || same(cell, term);
			case "is_not", "not_equal" -> isEmpty(term) || !same(cell, term);
			case "is_empty" -> isEmpty(cell);
			case "is_not_empty" -> !isEmpty(cell);
			case "less" -> compare(cell, term) < 0 && cell != null;
			case "greater" -> compare(cell, term) > 0 && cell != null;
			case "less_or_equal", "is_on_or_before" -> cell != null && compare(cell, term) <= 0;
			case "greater_or_equal", "is_on_or_after" -> cell != null && compare(cell, term) >= 0;
			case "is_before" -> cell != null && compare(cell, term) < 0;
			case "is_after" -> cell != null && compare(cell, term) > 0;
			case "is_any_of", "has_any_of" -> values(term).stream().anyMatch((t) -> values(cell).contains(t));
			case "is_none_of", "has_none_of" -> values(term).stream().noneMatch((t) -> values(cell).contains(t));
			case "has_all_of" -> values(cell).containsAll(values(term));
			default -> true;
		};
	}

	private static @Nullable ColumnDef column(TableDef table, Map<?, ?> setting) {
		Object key = (setting.get("column_key") != null) ? setting.get("column_key") : setting.get("column_name");
		return (key != null) ? table.findColumn(String.valueOf(key)) : null;
	}

	private static boolean same(@Nullable Object cell, Object term) {
		if (cell instanceof Number number && term != null) {
			return compare(number, term) == 0;
		}
		if (cell instanceof Boolean bool) {
			return bool.toString().equalsIgnoreCase(String.valueOf(term));
		}
		return Objects.equals(String.valueOf(cell), String.valueOf(term));
	}

	private static boolean isEmpty(@Nullable Object value) {
		return value == null || "".equals(value) || (value instanceof Collection<?> list && list.isEmpty())
				|| Boolean.FALSE.equals(value);
	}

	private static List<String> values(@Nullable Object value) {
		List<String> values = new ArrayList<>();
		if (value instanceof Collection<?> list) {
			list.forEach((item) -> values.add(String.valueOf(item)));
		}
		else if (value != null) {
			values.add(String.valueOf(value));
		}
		return values;
	}

	/** Numbers by value, everything else as text; empty cells first. */
	static int compare(@Nullable Object left, @Nullable Object right) {
		if (left == null || right == null) {
			return (left == null) ? ((right == null) ? 0 : -1) : 1;
		}
		Double a = number(left);
		Double b = number(right);
		if (a != null && b != null) {
			return Double.compare(a, b);
		}
		return String.valueOf(left).compareTo(String.valueOf(right));
	}

	private static @Nullable Double number(Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		try {
			return Double.valueOf(String.valueOf(value).trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<?, ?>> objects(@Nullable Object value) {
		List<Map<?, ?>> objects = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.stream()
				.filter((item) -> item instanceof Map<?, ?> map && !map.isEmpty())
				.forEach((item) -> objects.add((Map<?, ?>) item));
		}
		return objects;
	}

}

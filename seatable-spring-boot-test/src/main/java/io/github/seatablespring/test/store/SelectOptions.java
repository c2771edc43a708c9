package io.github.seatablespring.test.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** The options of single- and multiple-select columns, and the cells that hold them. */
public final class SelectOptions {

	private static final List<String> OPTION_COLORS = List.of("#9860E5", "#89D2EA", "#59CB74", "#FBD44A", "#EAA775",
			"#F4667C", "#DC82D2", "#ADDF84");

	private final BaseStore store;

	SelectOptions(BaseStore store) {
		this.store = store;
	}

	public static ColumnDef requireSelect(ColumnDef column) {
		if (!column.type().equals("single-select") && !column.type().equals("multiple-select")) {
			throw EmulatedError.badRequest("column " + column.name() + " is not a single or multiple select column");
		}
		return column;
	}

	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> options(ColumnDef column) {
		return (column.setting("options") instanceof List<?> options) ? (List<Map<String, Object>>) options : List.of();
	}

	void add(TableDef table, ColumnDef column, List<Map<String, Object>> given) {
		List<Map<String, Object>> options = new ArrayList<>(options(requireSelect(column)));
		for (Map<String, Object> option : given) {
			if (!(option.get("name") instanceof String optionName) || optionName.isBlank()) {
				throw EmulatedError.badRequest("each option needs a name");
			}
			if (options.stream().anyMatch((existing) -> optionName.equals(existing.get("name")))) {
				throw EmulatedError.badRequest("option " + optionName + " exists");
			}
			options.add(newOption(options, optionName, (option.get("color") instanceof String color) ? color : null,
					(option.get("textColor") instanceof String text) ? text : null));
		}
		replaceOptions(table, column, options);
	}

	List<Map<String, Object>> update(TableDef table, ColumnDef column, List<Map<String, Object>> changes) {
		List<Map<String, Object>> options = new ArrayList<>();
		options(requireSelect(column)).forEach((option) -> options.add(new LinkedHashMap<>(option)));
		List<Map<String, Object>> updated = new ArrayList<>();
		Map<String, String> renamed = new LinkedHashMap<>();
		for (Map<String, Object> change : changes) {
			if (change.get("id") == null) {
				throw EmulatedError.badRequest("each option needs an id");
			}
			Map<String, Object> option = options.stream()
				.filter((existing) -> String.valueOf(change.get("id")).equals(existing.get("id")))
				.findFirst()
				.orElseThrow(() -> EmulatedError.badRequest("option " + change.get("id") + " not found"));
			for (String field : List.of("name", "color", "textColor")) {
				if (change.get(field) instanceof String value) {
					if (field.equals("name") && !value.equals(option.get("name"))) {
						renamed.put(String.valueOf(option.get("name")), value);
					}
					option.put(field, value);
				}
			}
			updated.add(option);
		}
		replaceOptions(table, column, options);
		rewriteSelectCells(table, table.column(column.key()), (name) -> renamed.getOrDefault(name, name));
		return updated;
	}

	void delete(TableDef table, ColumnDef column, List<?> names) {
		List<Map<String, Object>> options = new ArrayList<>(options(requireSelect(column)));
		options.removeIf((option) -> names.contains(option.get("name")));
		replaceOptions(table, column, options);
		rewriteSelectCells(table, table.column(column.key()), (name) -> names.contains(name) ? null : name);
	}

	static Map<String, Object> newOption(List<Map<String, Object>> existing, String name, @Nullable String color,
			@Nullable String textColor) {
		List<String> ids = existing.stream().map((option) -> String.valueOf(option.get("id"))).toList();
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("name", name);
		option.put("color", (color != null) ? color : OPTION_COLORS.get(existing.size() % OPTION_COLORS.size()));
		option.put("textColor", (textColor != null) ? textColor : "#000000");
		option.put("id", ids.isEmpty() ? "0000" : Ids.uniqueKey(ids));
		return option;
	}

	static void replaceOptions(TableDef table, ColumnDef column, List<Map<String, Object>> options) {
		ColumnDef current = table.column(column.key());
		Map<String, Object> data = new LinkedHashMap<>((current.data() != null) ? current.data() : Map.of());
		data.put("options", List.copyOf(options));
		table.replace(current, current.withData(data));
	}

	private void rewriteSelectCells(TableDef table, ColumnDef column, Function<String, @Nullable String> rename) {
		for (Map<String, Object> row : this.store.select(table,
				"SELECT _id, " + BaseStore.quote(column.name()) + " FROM " + BaseStore.quote(table.name), List.of(),
				true)) {
			Object value = row.get(column.name());
			Object rewritten = value;
			if (value instanceof String name) {
				rewritten = rename.apply(name);
			}
			else if (value instanceof List<?> names) {
				List<Object> kept = new ArrayList<>();
				names.forEach((name) -> {
					String renamed = rename.apply(String.valueOf(name));
					if (renamed != null) {
						kept.add(renamed);
					}
				});
				rewritten = kept;
			}
			if (!Objects.equals(value, rewritten)) {
				this.store.execute("UPDATE " + BaseStore.quote(table.name) + " SET " + BaseStore.quote(column.name())
						+ " = ? WHERE _id = ?", Arrays.asList(column.kind().toDb(rewritten), row.get("_id")));
			}
		}
	}

}

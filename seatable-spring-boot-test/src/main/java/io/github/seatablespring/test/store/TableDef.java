package io.github.seatablespring.test.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A table's definition: id, name, columns in display order and views; its rows live in
 * H2.
 */
public final class TableDef {

	final String id;

	String name;

	final List<ColumnDef> columns = new ArrayList<>();

	/** The views by name, in creation order; the first is the Default View. */
	final Map<String, Map<String, Object>> views = new LinkedHashMap<>();

	TableDef(String id, String name) {
		this.id = id;
		this.name = name;
		this.views.put("Default View", newView("0000", "Default View", "table", false));
	}

	public String id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public List<ColumnDef> columns() {
		return List.copyOf(this.columns);
	}

	/** The column with this name, or else with this key, or {@code null}. */
	public @Nullable ColumnDef findColumn(String nameOrKey) {
		for (ColumnDef column : this.columns) {
			if (column.name().equals(nameOrKey)) {
				return column;
			}
		}
		for (ColumnDef column : this.columns) {
			if (column.key().equals(nameOrKey)) {
				return column;
			}
		}
		return null;
	}

	public ColumnDef column(String nameOrKey) {
		ColumnDef column = findColumn(nameOrKey);
		if (column == null) {
			throw EmulatedError.badRequest("column " + nameOrKey + " not found");
		}
		return column;
	}

	void replace(ColumnDef old, ColumnDef updated) {
		this.columns.set(this.columns.indexOf(old), updated);
	}

	public Map<String, Object> view(String viewName) {
		Map<String, Object> view = this.views.get(viewName);
		if (view == null) {
			throw EmulatedError.notFound("view " + viewName + " not found");
		}
		return view;
	}

	public List<Map<String, Object>> views() {
		return List.copyOf(this.views.values());
	}

	public Map<String, Object> json(boolean created) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("_id", this.id);
		json.put("name", this.name);
		List<Object> columnJson = new ArrayList<>();
		this.columns.forEach((column) -> columnJson.add(column.json()));
		json.put("columns", columnJson);
		json.put("header_settings", Map.of());
		json.put("is_header_locked", false);
		json.put("summary_configs", Map.of());
		List<Object> viewJson = new ArrayList<>();
		this.views.values().forEach((view) -> {
			Map<String, Object> copy = new LinkedHashMap<>(view);
			if (created) {
				// the answer to creating a table has link_rows in its view, the
				// metadata's views do not
				copy.put("link_rows", Map.of());
			}
			viewJson.add(copy);
		});
		if (created) {
			json.put("rows", List.of());
			json.put("id_row_map", Map.of());
			json.put("view_structure", Map.of("folders", List.of(), "view_ids",
					this.views.values().stream().map((view) -> view.get("_id")).toList()));
		}
		json.put("views", viewJson);
		return json;
	}

	/** A view's settings as SeaTable answers them. */
	static Map<String, Object> newView(String id, String name, String type, boolean locked) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("_id", id);
		view.put("name", name);
		view.put("type", type);
		view.put("is_locked", locked);
		view.put("row_height", "default");
		view.put("filter_conjunction", "And");
		view.put("filters", List.of());
		view.put("sorts", List.of());
		view.put("groupbys", List.of());
		view.put("colorbys", Map.of());
		view.put("colors", Map.of());
		view.put("column_colors", Map.of());
		view.put("hidden_columns", List.of());
		view.put("rows", List.of());
		view.put("formula_rows", Map.of());
		view.put("summaries", Map.of());
		view.put("groups", List.of());
		view.put("private_for", null);
		return view;
	}

}

package io.github.seatablespring.test.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A column's definition as the metadata shows it; replaced, not changed, when renamed or
 * retyped.
 *
 * @param key the column key ({@code 0000} for the first)
 * @param name the column name (the H2 column's name)
 * @param type the SeaTable type
 * @param data the type's settings
 * @param width the width in pixels
 * @param frozen whether the column is frozen
 */
public record ColumnDef(String key, String name, String type, @Nullable Map<String, Object> data, int width,
		boolean frozen) {

	public ColumnKind kind() {
		return ColumnKind.of(this.type);
	}

	public boolean isLink() {
		return this.type.equals("link");
	}

	ColumnDef withData(@Nullable Map<String, Object> data) {
		return new ColumnDef(this.key, this.name, this.type, data, this.width, this.frozen);
	}

	/** The {@code data} value of a setting, or {@code null}. */
	public @Nullable Object setting(String name) {
		return (this.data != null) ? this.data.get(name) : null;
	}

	public Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("key", this.key);
		json.put("name", this.name);
		json.put("type", this.type);
		json.put("data", this.data);
		json.put("width", this.width);
		json.put("editable", true);
		json.put("resizable", true);
		json.put("draggable", true);
		if (this.frozen) {
			json.put("frozen", true);
		}
		json.put("description", null);
		json.put("colorbys", Map.of());
		json.put("permission_type", "");
		json.put("permitted_users", List.of());
		json.put("permitted_group", List.of());
		json.put("edit_metadata_permission_type", "");
		json.put("edit_metadata_permitted_users", List.of());
		json.put("edit_metadata_permitted_group", List.of());
		return json;
	}

}

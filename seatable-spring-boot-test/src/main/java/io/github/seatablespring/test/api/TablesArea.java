package io.github.seatablespring.test.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.test.store.ColumnSpec;
import io.github.seatablespring.test.store.EmulatedError;

/** Create, rename, delete and duplicate tables. */
final class TablesArea implements Area {

	@Override
	public void register(RouteTable routes) {
		String tables = RouteTable.GATEWAY + "/tables/";
		routes.post(tables + "duplicate-table/", Access.BASE_WRITE,
				(call) -> call.base().duplicateTable(call.table(), call.flag("is_duplicate_records", false)).json(true))
			.post(tables, Access.BASE_WRITE, (call) -> {
				List<ColumnSpec> columns = new ArrayList<>();
				if (call.body().get("columns") instanceof List<?>) {
					call.objects("columns").forEach((column) -> columns.add(column(column)));
				}
				return call.base().addTable(call.requiredString("table_name"), columns).json(true);
			})
			.put(tables, Access.BASE_WRITE, (call) -> {
				call.base().renameTable(call.table(), call.requiredString("new_table_name"));
				return Map.of("success", true);
			})
			.delete(tables, Access.BASE_WRITE, (call) -> {
				call.base().deleteTable(call.table());
				return Map.of("success", true);
			});
	}

	/** A column as insertColumn, appendColumns and createTable send it. */
	@SuppressWarnings("unchecked")
	static ColumnSpec column(Map<String, Object> json) {
		if (!(json.get("column_name") instanceof String name) || !(json.get("column_type") instanceof String type)) {
			throw EmulatedError.badRequest("column_name and column_type are required");
		}
		Object data = json.get("column_data");
		return new ColumnSpec(name, type, (data instanceof Map) ? (Map<String, Object>) data : null);
	}

}

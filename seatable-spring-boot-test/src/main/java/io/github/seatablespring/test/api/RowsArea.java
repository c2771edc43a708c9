package io.github.seatablespring.test.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.test.store.BaseStore;
import io.github.seatablespring.test.store.EmulatedError;
import io.github.seatablespring.test.store.TableDef;

/** List, get, append, update and delete rows. */
final class RowsArea implements Area {

	@Override
	public void register(RouteTable routes) {
		String rows = RouteTable.GATEWAY + "/rows/";
		routes.get(rows, Access.BASE_READ, this::list)
			.post(rows, Access.BASE_WRITE, this::append)
			.put(rows, Access.BASE_WRITE, this::update)
			.delete(rows, Access.BASE_WRITE, this::delete)
			.get(rows + "{row_id}/", Access.BASE_READ, (call) -> call.base()
				.getRow(call.table(), call.variable("row_id"), call.flagQuery("convert_keys", true)));
	}

	private Object list(Call call) {
		TableDef table = call.table();
		int limit = Math.min(call.intQuery("limit", BaseStore.MAX_LIST), BaseStore.MAX_LIST);
		return Map.of("rows",
				call.base()
					.listRows(table, call.query("view_name"), call.query("order_by"),
							"desc".equalsIgnoreCase(call.query("direction")), call.intQuery("start", 0), limit,
							call.flagQuery("convert_keys", true)));
	}

	private Object append(Call call) {
		TableDef table = call.table();
		List<String> ids = call.base().appendRows(table, call.objects("rows"), false);
		return appended(call.base(), table, ids);
	}

	/**
	 * The answer to appending rows; its first row is keyed by column key whatever was
	 * asked (API_ISSUES #8).
	 */
	static Map<String, Object> appended(BaseStore base, TableDef table, List<String> ids) {
		List<Object> rowIds = new ArrayList<>();
		ids.forEach((id) -> rowIds.add(Map.of("_id", id)));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("inserted_row_count", ids.size());
		result.put("row_ids", rowIds);
		result.put("first_row", ids.isEmpty() ? Map.of() : base.getRow(table, ids.get(0), false));
		return result;
	}

	private Object update(Call call) {
		TableDef table = call.table();
		Map<String, Map<String, Object>> updates = new LinkedHashMap<>();
		for (Map<String, Object> update : call.objects("updates")) {
			Object rowId = update.get("row_id");
			if (!(update.get("row") instanceof Map<?, ?> values) || rowId == null) {
				throw EmulatedError.badRequest("each update needs row_id and row");
			}
			Map<String, Object> row = new LinkedHashMap<>();
			values.forEach((name, value) -> row.put(String.valueOf(name), value));
			updates.put(rowId.toString(), row);
		}
		call.base().updateRows(table, updates);
		return Map.of("success", true);
	}

	private Object delete(Call call) {
		TableDef table = call.table();
		List<String> ids = call.list("row_ids").stream().map(String::valueOf).toList();
		return Map.of("success", true, "deleted_rows", call.base().deleteRows(table, ids));
	}

}

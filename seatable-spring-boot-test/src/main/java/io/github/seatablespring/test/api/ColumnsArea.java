package io.github.seatablespring.test.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.test.store.BaseStore;
import io.github.seatablespring.test.store.ColumnDef;
import io.github.seatablespring.test.store.EmulatedError;
import io.github.seatablespring.test.store.SelectOptions;
import io.github.seatablespring.test.store.TableDef;

/**
 * List, insert, update (rename, resize, freeze, move, retype), delete and batch-append
 * columns; select options and cascades.
 */
final class ColumnsArea implements Area {

	@Override
	public void register(RouteTable routes) {
		String columns = RouteTable.GATEWAY + "/columns/";
		String options = RouteTable.GATEWAY + "/column-options/";
		routes.get(columns, Access.BASE_READ, this::list).post(columns, Access.BASE_WRITE, (call) -> {
			TableDef table = call.table();
			return call.base().addColumn(table, TablesArea.column(call.body()), call.string("anchor_column")).json();
		}).put(columns, Access.BASE_WRITE, this::update).delete(columns, Access.BASE_WRITE, (call) -> {
			TableDef table = call.table();
			call.base().deleteColumn(table, call.column(table, "column"));
			return Map.of("success", true);
		}).post(RouteTable.GATEWAY + "/batch-append-columns/", Access.BASE_WRITE, (call) -> {
			TableDef table = call.table();
			List<Object> added = new ArrayList<>();
			for (Map<String, Object> column : call.objects("columns")) {
				added.add(call.base()
					.addColumn(table, TablesArea.column(column), (String) column.get("anchor_column"))
					.json());
			}
			return Map.of("columns", added);
		}).post(options, Access.BASE_WRITE, (call) -> {
			TableDef table = call.table();
			call.base().addOptions(table, call.column(table, "column"), call.objects("options"));
			return Map.of("success", true);
		}).put(options, Access.BASE_WRITE, (call) -> {
			TableDef table = call.table();
			List<Map<String, Object>> updated = call.base()
				.updateOptions(table, call.column(table, "column"), call.objects("options"));
			return call.flag("return_options", false) ? Map.of("options", updated) : Map.of("success", true);
		}).delete(options, Access.BASE_WRITE, (call) -> {
			TableDef table = call.table();
			call.base().deleteOptions(table, call.column(table, "column"), call.list("option_names"));
			return Map.of("success", true);
		}).post(RouteTable.GATEWAY + "/column-cascade-settings/", Access.BASE_WRITE, (call) -> {
			TableDef table = call.table();
			ColumnDef parent = SelectOptions.requireSelect(call.column(table, "parent_column"));
			ColumnDef child = SelectOptions.requireSelect(call.column(table, "child_column"));
			Map<String, Object> settings = call.object("cascade_settings");
			if (settings == null) {
				throw EmulatedError.badRequest("cascade_settings is required");
			}
			call.base().setCascade(table, parent, child, settings);
			return Map.of("success", true);
		});
	}

	private Object list(Call call) {
		TableDef table = call.table();
		List<Object> columns = new ArrayList<>();
		List<String> hidden = List.of();
		String viewName = call.query("view_name");
		if (viewName != null && table.view(viewName).get("hidden_columns") instanceof List<?> keys) {
			hidden = keys.stream().map(String::valueOf).toList();
		}
		for (ColumnDef column : table.columns()) {
			if (!hidden.contains(column.key())) {
				columns.add(column.json());
			}
		}
		return Map.of("columns", columns);
	}

	private Object update(Call call) {
		TableDef table = call.table();
		ColumnDef column = call.column(table, "column");
		BaseStore base = call.base();
		String op = call.requiredString("op_type");
		ColumnDef updated = switch (op) {
			case "rename_column" -> base.renameColumn(table, column, call.requiredString("new_column_name"));
			case "resize_column" -> base.resizeColumn(table, column, number(call, "new_column_width"));
			case "freeze_column" -> base.freezeColumn(table, column, call.flag("frozen", true));
			case "move_column" -> base.moveColumn(table, column, call.column(table, "target_column"));
			case "modify_column_type" -> base.modifyColumnType(table, column, call.requiredString("new_column_type"),
					call.object("column_data"));
			default -> throw EmulatedError.badRequest("op_type " + op + " invalid");
		};
		return updated.json();
	}

	private static int number(Call call, String field) {
		try {
			return Integer.parseInt(call.requiredString(field));
		}
		catch (NumberFormatException ex) {
			throw EmulatedError.badRequest(field + " invalid");
		}
	}

}

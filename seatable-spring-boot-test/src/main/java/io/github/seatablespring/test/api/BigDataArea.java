package io.github.seatablespring.test.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.seatablespring.test.store.EmulatedError;
import io.github.seatablespring.test.store.TableDef;

/**
 * The big-data storage: archived rows are kept with the table's rows, flagged
 * {@code _archived}, left out of listRows and kept in SQL.
 */
final class BigDataArea implements Area {

	@Override
	public void register(RouteTable routes) {
		routes.post(RouteTable.GATEWAY + "/add-archived-rows/", Access.BASE_WRITE, (call) -> {
			TableDef table = call.table();
			return Map.of("inserted_row_count", call.base().addArchivedRows(table, call.objects("rows")).size());
		}).post(RouteTable.GATEWAY + "/archive-view/", Access.BASE_WRITE, (call) -> {
			call.base().archiveView(call.table(), call.requiredString("view_name"));
			return Map.of("success", true, "error_message", "");
		}).post(RouteTable.GATEWAY + "/unarchive/", Access.BASE_WRITE, (call) -> {
			List<String> ids = (call.body().get("row_ids") instanceof List<?>)
					? call.list("row_ids").stream().map(String::valueOf).toList() : List.of();
			call.base().unarchive(call.table(), ids);
			return Map.of("success", true, "task_id", UUID.randomUUID().toString());
		})
			.get(RouteTable.GATEWAY + "/db-operations/", Access.BASE_READ, (call) -> Map.of("operations", call.base()
				.history()
				.dbOperations(Math.max(1, call.intQuery("page", 1)), Math.max(1, call.intQuery("per_page", 25)))))
			.put(RouteTable.GATEWAY + "/restore-operations/{op_id}/", Access.BASE_WRITE, (call) -> {
				long id;
				try {
					id = Long.parseLong(call.variable("op_id"));
				}
				catch (NumberFormatException ex) {
					throw EmulatedError.badRequest("op_id invalid");
				}
				if (!call.base().history().hasDbOperation(id)) {
					throw EmulatedError.notFound("operation " + id + " not found");
				}
				return Map.of("success", true);
			});
	}

}

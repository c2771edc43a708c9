package io.github.seatablespring.test.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.seatablespring.test.store.BaseStore;
import io.github.seatablespring.test.store.BaseStore.LinkChange;
import io.github.seatablespring.test.store.ColumnDef;
import io.github.seatablespring.test.store.EmulatedError;
import io.github.seatablespring.test.store.LinkDef;
import io.github.seatablespring.test.store.TableDef;

/**
 * Create, update, remove and query links, by {@code table_id}/{@code other_table_id} or
 * {@code table_name}/{@code other_table_name}; auto-links run at once and their task is
 * done.
 */
final class LinksArea implements Area {

	private final Map<String, String> tasks = new ConcurrentHashMap<>();

	@Override
	public void register(RouteTable routes) {
		String links = RouteTable.GATEWAY + "/links/";
		routes.post(links, Access.BASE_WRITE, (call) -> {
			call.base().addLinks(change(call));
			return Map.of("success", true);
		}).put(links, Access.BASE_WRITE, (call) -> {
			call.base().replaceLinks(change(call));
			return Map.of("success", true);
		})
			.delete(links, Access.BASE_WRITE,
					(call) -> Map.of("deleted_links_count", call.base().removeLinks(change(call)), "success", true))
			.post(RouteTable.GATEWAY + "/query-links/", Access.BASE_READ, this::query)
			.post(RouteTable.GATEWAY + "/auto-links/", Access.BASE_WRITE, (call) -> {
				LinkDef link = call.base().link(call.requiredString("link_id"));
				call.base().autoLink(link, call.objects("matching_keys"));
				String task = UUID.randomUUID().toString();
				this.tasks.put(task, call.base().uuid());
				return Map.of("task_id", task);
			})
			.get(RouteTable.GATEWAY + "/auto-link-task/", Access.BASE_READ, (call) -> {
				String task = (call.query("task_id") != null) ? call.query("task_id") : call.string("task_id");
				if (task == null && !call.request().text().isBlank()) {
					task = call.request().text().trim().replace("\"", "");
				}
				if (task == null || !call.base().uuid().equals(this.tasks.get(task))) {
					throw EmulatedError.notFound("task not found");
				}
				return Map.of("status", "success");
			});
	}

	private static LinkChange change(Call call) {
		BaseStore base = call.base();
		LinkDef link = base.link(call.requiredString("link_id"));
		TableDef table = call.table("table_name", "table_id");
		TableDef other = call.table("other_table_name", "other_table_id");
		Map<String, Object> map = call.object("other_rows_ids_map");
		if (map == null) {
			throw EmulatedError.badRequest("other_rows_ids_map is required");
		}
		Map<String, List<String>> rows = new LinkedHashMap<>();
		map.forEach((rowId, ids) -> {
			if (!(ids instanceof List<?> list)) {
				throw EmulatedError.badRequest("the other row ids of " + rowId + " must be a list");
			}
			rows.put(rowId, list.stream().map(String::valueOf).toList());
		});
		return base.linkChange(link, table, other, rows);
	}

	private Object query(Call call) {
		TableDef table = call.table("table_name", "table_id");
		String key = call.string("link_column_key");
		ColumnDef column = table.column((key != null) ? key : call.requiredString("link_column_name"));
		call.base().linkOf(column);
		Map<String, Object> result = new LinkedHashMap<>();
		for (Map<String, Object> row : call.objects("rows")) {
			if (!(row.get("row_id") instanceof String rowId)) {
				throw EmulatedError.badRequest("each row needs a row_id");
			}
			int offset = (row.get("offset") instanceof Number number) ? Math.max(0, number.intValue()) : 0;
			int limit = (row.get("limit") instanceof Number number) ? Math.max(0, number.intValue()) : 10;
			List<Map<String, Object>> links = call.base().linkCell(table, column, rowId);
			result.put(rowId, links.subList(Math.min(offset, links.size()), Math.min(links.size(), offset + limit)));
		}
		return result;
	}

}

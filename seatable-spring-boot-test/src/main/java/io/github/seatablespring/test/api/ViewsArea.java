package io.github.seatablespring.test.api;

import java.util.Map;

import io.github.seatablespring.test.store.TableDef;

/**
 * List, get, create, update and delete views; the path's view name is decoded already
 * ({@code +} stays a plus).
 */
final class ViewsArea implements Area {

	@Override
	public void register(RouteTable routes) {
		String views = RouteTable.GATEWAY + "/views/";
		routes.get(views, Access.BASE_READ, (call) -> Map.of("views", call.table().views()))
			.post(views, Access.BASE_WRITE, (call) -> {
				TableDef table = call.table();
				String type = (call.string("type") != null) ? call.string("type") : "table";
				return call.base().createView(table, call.requiredString("name"), type, call.flag("is_locked", false));
			})
			.get(views + "{view_name}/", Access.BASE_READ, (call) -> call.table().view(call.variable("view_name")))
			.put(views + "{view_name}/", Access.BASE_WRITE,
					(call) -> call.base().updateView(call.table(), call.variable("view_name"), call.body()))
			.delete(views + "{view_name}/", Access.BASE_WRITE, (call) -> {
				call.base().deleteView(call.table(), call.variable("view_name"));
				return Map.of("success", true);
			});
	}

}

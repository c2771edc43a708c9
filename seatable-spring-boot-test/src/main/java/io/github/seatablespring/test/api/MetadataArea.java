package io.github.seatablespring.test.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.test.store.BaseStore;
import io.github.seatablespring.test.store.TableDef;

/** The base's metadata and its collaborators ({@code related-users}). */
final class MetadataArea implements Area {

	@Override
	public void register(RouteTable routes) {
		routes
			.get(RouteTable.GATEWAY + "/metadata/", Access.BASE_READ,
					(call) -> Map.of("metadata", call.base().metadata()))
			.get(RouteTable.GATEWAY + "/related-users/", Access.BASE_READ,
					(call) -> Map.of("user_list", List.of(user())))
			.get(RouteTable.GATEWAY + "/", Access.BASE_READ, MetadataArea::dtable);
	}

	/**
	 * The whole base, as its dtable file holds it: the metadata with each table's rows
	 * keyed by column key.
	 */
	private static Object dtable(Call call) {
		BaseStore base = call.base();
		Map<String, Object> dtable = new LinkedHashMap<>(base.metadata());
		List<Object> tables = new ArrayList<>();
		for (TableDef table : base.tables()) {
			Map<String, Object> json = table.json(false);
			json.put("rows", base.listRows(table, null, null, false, 0, Integer.MAX_VALUE, false));
			tables.add(json);
		}
		dtable.put("tables", tables);
		return dtable;
	}

	/** The emulator's one user, who makes every change. */
	static Map<String, Object> user() {
		return Map.of("email", BaseStore.CREATOR, "name", "Emulator", "contact_email", "emulator@example.com",
				"avatar_url", "", "id_in_org", "", "is_admin", true, "name_pinyin", "emulator");
	}

}

package io.github.seatablespring.test.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.seatablespring.test.store.Ids;

/**
 * {@code POST .../snapshot/}: answered as created; the emulator keeps no snapshot
 * content.
 */
final class SnapshotsArea implements Area {

	@Override
	public void register(RouteTable routes) {
		routes.post(RouteTable.GATEWAY + "/snapshot/", Access.BASE_WRITE, (call) -> {
			Map<String, Object> snapshot = new LinkedHashMap<>();
			snapshot.put("dtable_uuid", call.base().uuid());
			String name = call.request().body().length > 0 ? call.string("dtable_name") : null;
			snapshot.put("dtable_name", ((name != null) ? name : call.base().name()) + ".dtable");
			snapshot.put("commit_id", Ids.apiToken());
			snapshot.put("ctime", call.server().clock().millis());
			return Map.of("status", "created", "snapshot", snapshot);
		});
	}

}

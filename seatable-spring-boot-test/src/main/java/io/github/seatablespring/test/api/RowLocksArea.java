package io.github.seatablespring.test.api;

import java.util.List;
import java.util.Map;

/** Lock and unlock rows. */
final class RowLocksArea implements Area {

	@Override
	public void register(RouteTable routes) {
		routes.put(RouteTable.GATEWAY + "/lock-rows/", Access.BASE_WRITE, (call) -> lock(call, true))
			.put(RouteTable.GATEWAY + "/unlock-rows/", Access.BASE_WRITE, (call) -> lock(call, false));
	}

	private static Object lock(Call call, boolean locked) {
		List<String> ids = call.list("row_ids").stream().map(String::valueOf).toList();
		call.base().lockRows(call.table(), ids, locked);
		return Map.of("success", true);
	}

}

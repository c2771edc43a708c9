package io.github.seatablespring.test.api;

import java.util.Map;

import io.github.seatablespring.test.store.History;

/** The operation log and row activities, as the base's writes recorded them. */
final class ActivitiesArea implements Area {

	@Override
	public void register(RouteTable routes) {
		routes
			.get(RouteTable.GATEWAY + "/operations/", Access.BASE_READ,
					(call) -> Map.of("operations", call.base()
						.history()
						.operations(Math.max(1, call.intQuery("page", 1)), Math.max(1, call.intQuery("per_page", 25)))))
			.get(RouteTable.GATEWAY + "/activities/", Access.BASE_READ, (call) -> {
				History.Page page = call.base()
					.history()
					.activities(call.query("row_id"), Math.max(1, call.intQuery("page", 1)),
							Math.max(1, call.intQuery("per_page", 25)));
				return Map.of("activities", page.entries(), "total_count", page.total());
			});
	}

}

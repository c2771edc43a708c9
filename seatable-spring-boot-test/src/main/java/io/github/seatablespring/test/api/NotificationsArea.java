package io.github.seatablespring.test.api;

import java.util.Map;

import io.github.seatablespring.test.store.EmulatedError;

/**
 * Notifications (list, mark seen, delete) and UI toasts (recorded, see
 * {@code EmulatedBase.toasts()}).
 */
final class NotificationsArea implements Area {

	@Override
	public void register(RouteTable routes) {
		String notifications = RouteTable.GATEWAY + "/notifications/";
		routes
			.get(notifications, Access.BASE_READ,
					(call) -> Map.of("notification_list", call.base().notifications().list()))
			.put(notifications, Access.BASE_WRITE, (call) -> {
				call.base().notifications().markAllSeen(seen(call));
				return Map.of("success", true);
			})
			.delete(notifications, Access.BASE_WRITE, (call) -> {
				call.base().notifications().deleteAll();
				return Map.of("success", true);
			})
			.put(notifications + "{notification_id}/", Access.BASE_WRITE, (call) -> {
				long id;
				try {
					id = Long.parseLong(call.variable("notification_id"));
				}
				catch (NumberFormatException ex) {
					throw EmulatedError.badRequest("notification_id invalid");
				}
				call.base().notifications().markSeen(id, seen(call));
				return Map.of("success", true);
			})
			.post(RouteTable.GATEWAY + "/ui-toasts/", Access.BASE_WRITE, (call) -> {
				Map<String, Object> detail = call.object("detail");
				call.base()
					.notifications()
					.toast(call.requiredString("to_user"),
							(call.string("toast_type") != null) ? call.string("toast_type") : "success",
							(detail != null) ? detail : Map.of());
				return Map.of("success", true);
			});
	}

	/**
	 * {@code seen} is a form field: SeaTable answers a JSON boolean with 400 "seen
	 * invalid" (API_ISSUES #29).
	 */
	private static boolean seen(Call call) {
		if (call.body().get("seen") instanceof Boolean) {
			throw EmulatedError.badRequest("seen invalid");
		}
		return call.flag("seen", true);
	}

}

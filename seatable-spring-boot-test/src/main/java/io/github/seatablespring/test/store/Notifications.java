package io.github.seatablespring.test.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A base's notifications (seeded through {@code EmulatedBase.addNotification}) and the
 * toasts sent to it.
 */
public final class Notifications {

	private final Clock clock;

	private final List<Map<String, Object>> notifications = new ArrayList<>();

	private final List<Map<String, Object>> toasts = new ArrayList<>();

	private long nextId = 1;

	Notifications(Clock clock) {
		this.clock = clock;
	}

	public synchronized Map<String, Object> add(String username, String msgType, Map<String, Object> detail) {
		Map<String, Object> notification = new LinkedHashMap<>();
		notification.put("id", this.nextId++);
		notification.put("username", username);
		notification.put("msg_type", msgType);
		notification.put("created_at", Times.utc(this.clock.instant()));
		notification.put("detail", Map.copyOf(detail));
		notification.put("seen", 0);
		this.notifications.add(notification);
		return notification;
	}

	public synchronized List<Map<String, Object>> list() {
		return this.notifications.stream().map((n) -> (Map<String, Object>) new LinkedHashMap<>(n)).toList();
	}

	public synchronized void markAllSeen(boolean seen) {
		this.notifications.forEach((notification) -> notification.put("seen", seen ? 1 : 0));
	}

	public synchronized void markSeen(long id, boolean seen) {
		this.notifications.stream()
			.filter((notification) -> notification.get("id").equals(id))
			.findFirst()
			.orElseThrow(() -> EmulatedError.notFound("notification " + id + " not found"))
			.put("seen", seen ? 1 : 0);
	}

	public synchronized void deleteAll() {
		this.notifications.clear();
	}

	public synchronized void toast(String toUser, String toastType, Map<String, Object> detail) {
		this.toasts.add(Map.of("to_user", toUser, "toast_type", toastType, "detail", Map.copyOf(detail)));
	}

	public synchronized List<Map<String, Object>> toasts() {
		return List.copyOf(this.toasts);
	}

	synchronized void clear() {
		this.notifications.clear();
		this.toasts.clear();
	}

}

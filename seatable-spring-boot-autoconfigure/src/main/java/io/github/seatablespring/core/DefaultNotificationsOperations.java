package io.github.seatablespring.core;

import java.util.List;

import io.github.seatablespring.model.Notification;
import io.github.seatablespring.model.ToastType;

/** Blocking notifications operations that wait for their reactive twin. */
final class DefaultNotificationsOperations implements NotificationsOperations {

	private final ReactiveNotificationsOperations reactive;

	DefaultNotificationsOperations(ReactiveNotificationsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Notification> list() {
		return Blocking.await(this.reactive.list().collectList());
	}

	@Override
	public void markAllSeen(boolean seen) {
		Blocking.run(this.reactive.markAllSeen(seen));
	}

	@Override
	public void deleteAll() {
		Blocking.run(this.reactive.deleteAll());
	}

	@Override
	public void markSeen(long notificationId, boolean seen) {
		Blocking.run(this.reactive.markSeen(notificationId, seen));
	}

	@Override
	public void sendToast(String toUser, ToastType type, String message) {
		Blocking.run(this.reactive.sendToast(toUser, type, message));
	}

}

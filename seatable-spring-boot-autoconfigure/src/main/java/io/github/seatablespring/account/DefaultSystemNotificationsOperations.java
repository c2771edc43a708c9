package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking system notifications operations that wait for their reactive twin. */
final class DefaultSystemNotificationsOperations implements SystemNotificationsOperations {

	private final ReactiveSystemNotificationsOperations reactive;

	DefaultSystemNotificationsOperations(ReactiveSystemNotificationsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Map<String, @Nullable Object>> listUnseen() {
		return Blocking.await(this.reactive.listUnseen());
	}

	@Override
	public void markSeen(long notificationId) {
		Blocking.run(this.reactive.markSeen(notificationId));
	}

}

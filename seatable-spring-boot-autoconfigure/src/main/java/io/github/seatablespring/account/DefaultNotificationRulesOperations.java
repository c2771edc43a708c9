package io.github.seatablespring.account;

import io.github.seatablespring.core.Blocking;

/** Blocking notification operations that wait for their reactive twin. */
final class DefaultNotificationRulesOperations extends DefaultRulesOperations implements NotificationRulesOperations {

	private final ReactiveNotificationRulesOperations reactive;

	DefaultNotificationRulesOperations(ReactiveNotificationRulesOperations reactive) {
		super(reactive);
		this.reactive = reactive;
	}

	@Override
	public void markAllSeen() {
		Blocking.run(this.reactive.markAllSeen());
	}

}

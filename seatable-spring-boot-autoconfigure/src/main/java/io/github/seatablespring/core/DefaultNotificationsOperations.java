package io.github.seatablespring.core;

/** Blocking notifications operations that wait for their reactive twin. */
final class DefaultNotificationsOperations implements NotificationsOperations {

	private final ReactiveNotificationsOperations reactive;

	DefaultNotificationsOperations(ReactiveNotificationsOperations reactive) {
		this.reactive = reactive;
	}

}

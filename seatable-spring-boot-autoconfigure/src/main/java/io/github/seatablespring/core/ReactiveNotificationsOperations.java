package io.github.seatablespring.core;

/**
 * Reactive operations on base notifications and toasts; reached with {@code reactiveTemplate.notifications()}.
 *
 * @see NotificationsOperations
 */
public interface ReactiveNotificationsOperations {

}

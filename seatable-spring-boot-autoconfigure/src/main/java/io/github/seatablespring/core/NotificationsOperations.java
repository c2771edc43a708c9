package io.github.seatablespring.core;

/**
 * Operations on base notifications and toasts; reached with {@code seaTable.notifications()}.
 *
 * @see ReactiveNotificationsOperations
 */
public interface NotificationsOperations {

}

package io.github.seatablespring.core;

import java.util.List;

import io.github.seatablespring.model.Notification;
import io.github.seatablespring.model.ToastType;

/**
 * Operations on base notifications and toasts; reached with
 * {@code seaTable.notifications()}.
 *
 * @see ReactiveNotificationsOperations
 */
public interface NotificationsOperations {

	/** Every notification of the base, read or unread ({@code listBaseNotifications}). */
	List<Notification> list();

	/**
	 * Marks every notification of the base as seen or as unseen
	 * ({@code markBaseNotificationsAsSeen}).
	 */
	void markAllSeen(boolean seen);

	/**
	 * Deletes every notification of the base irrevocably
	 * ({@code deleteBaseNotifications}).
	 */
	void deleteAll();

	/**
	 * Marks one notification as seen or as unseen ({@code markBaseNotificationAsSeen}).
	 */
	void markSeen(long notificationId, boolean seen);

	/**
	 * Shows a toast with {@code message} to a user who has the base open
	 * ({@code sendToastNotification}). The body follows SeaTable's API reference; servers
	 * that reject it answer 400 "parameters invalid" (SeaTable API issue 30), which
	 * surfaces as a {@code SeaTableBadRequestException}.
	 * @param toUser the recipient's username ({@code ...@auth.local})
	 */
	void sendToast(String toUser, ToastType type, String message);

}

package io.github.seatablespring.core;

import io.github.seatablespring.model.Notification;
import io.github.seatablespring.model.ToastType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on base notifications and toasts; reached with
 * {@code reactiveTemplate.notifications()}.
 *
 * @see NotificationsOperations
 */
public interface ReactiveNotificationsOperations {

	/** Every notification of the base, read or unread ({@code listBaseNotifications}). */
	Flux<Notification> list();

	/**
	 * Marks every notification of the base as seen or as unseen
	 * ({@code markBaseNotificationsAsSeen}).
	 */
	Mono<Void> markAllSeen(boolean seen);

	/**
	 * Deletes every notification of the base irrevocably
	 * ({@code deleteBaseNotifications}).
	 */
	Mono<Void> deleteAll();

	/**
	 * Marks one notification as seen or as unseen ({@code markBaseNotificationAsSeen}).
	 */
	Mono<Void> markSeen(long notificationId, boolean seen);

	/**
	 * Shows a toast with {@code message} to a user who has the base open
	 * ({@code sendToastNotification}). The body follows SeaTable's API reference; servers
	 * that reject it answer 400 "parameters invalid" (SeaTable API issue 30), which
	 * surfaces as a {@code SeaTableBadRequestException}.
	 * @param toUser the recipient's username ({@code ...@auth.local})
	 */
	Mono<Void> sendToast(String toUser, ToastType type, String message);

}

package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on notifications of the system administrators; reached with
 * {@code account.systemNotifications()}.
 *
 * @see SystemNotificationsOperations
 */
public interface ReactiveSystemNotificationsOperations {

	/**
	 * The system notifications the account has not seen
	 * ({@code listSystemNotifications}).
	 */
	Mono<List<Map<String, @Nullable Object>>> listUnseen();

	/** Marks a system notification as seen ({@code markSystemNotificationsAsSeen}). */
	Mono<Void> markSeen(long notificationId);

}

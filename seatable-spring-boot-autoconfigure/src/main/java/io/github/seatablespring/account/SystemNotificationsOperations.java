package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Operations on notifications of the system administrators; reached with
 * {@code account.systemNotifications()}.
 *
 * @see ReactiveSystemNotificationsOperations
 */
public interface SystemNotificationsOperations {

	/**
	 * The system notifications the account has not seen
	 * ({@code listSystemNotifications}).
	 */
	List<Map<String, @Nullable Object>> listUnseen();

	/** Marks a system notification as seen ({@code markSystemNotificationsAsSeen}). */
	void markSeen(long notificationId);

}

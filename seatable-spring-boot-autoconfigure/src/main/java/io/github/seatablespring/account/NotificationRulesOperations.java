package io.github.seatablespring.account;

/**
 * Operations on the notification rules of bases and on the account's notifications;
 * reached with {@code account.notifications()}.
 *
 * @see ReactiveNotificationRulesOperations
 */
public interface NotificationRulesOperations extends RulesOperations {

	/**
	 * Marks every notification of the account as seen ({@code markNotificationAsSeen}).
	 */
	void markAllSeen();

}

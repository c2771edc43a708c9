package io.github.seatablespring.account;

import reactor.core.publisher.Mono;

/**
 * Reactive operations on the notification rules of bases and on the account's
 * notifications; reached with {@code account.notifications()}.
 *
 * @see NotificationRulesOperations
 */
public interface ReactiveNotificationRulesOperations extends ReactiveRulesOperations {

	/**
	 * Marks every notification of the account as seen ({@code markNotificationAsSeen}).
	 */
	Mono<Void> markAllSeen();

}

package io.github.seatablespring.account;

import java.util.Map;

import reactor.core.publisher.Mono;

/**
 * Notification operations of the account API: the notification rules and the account's
 * notifications.
 */
final class DefaultReactiveNotificationRulesOperations extends DefaultReactiveRulesOperations
		implements ReactiveNotificationRulesOperations {

	private static final String NOTIFICATIONS = "/api/v2.1/notifications/";

	private final AccountCalls calls;

	DefaultReactiveNotificationRulesOperations(AccountCalls calls) {
		super(calls, "notification-rules", "notification_rule_id", "dtable_notification_rule_list");
		this.calls = calls;
	}

	@Override
	public Mono<Void> markAllSeen() {
		return this.calls.delete(NOTIFICATIONS, Map.of());
	}

}

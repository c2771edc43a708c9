package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the notification rules of bases and the account's notifications; reached with {@code account.notifications()}.
 *
 * @see NotificationRulesOperations
 */
public interface ReactiveNotificationRulesOperations {

	/** The notification rules of a base ({@code listNotificationRules}). */
	Mono<List<Map<String, @Nullable Object>>> list(long workspaceId, String baseName);

	/** Creates a notification rule from the JSON body the reference documents ({@code addNotificationRule}). */
	Mono<Map<String, @Nullable Object>> create(long workspaceId, String baseName, Map<String, ?> rule);

	/** Changes a notification rule ({@code updateNotificationRule}). */
	Mono<Map<String, @Nullable Object>> update(long workspaceId, String baseName, long ruleId, Map<String, ?> rule);

	/** Deletes a notification rule ({@code deleteNotificationRule}). */
	Mono<Void> delete(long workspaceId, String baseName, long ruleId);

	/** Marks every notification of the account as seen ({@code markNotificationAsSeen}). */
	Mono<Void> markAllSeen();

}

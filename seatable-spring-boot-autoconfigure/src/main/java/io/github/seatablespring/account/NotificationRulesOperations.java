package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Operations on the notification rules of bases and the account's notifications; reached with {@code account.notifications()}.
 *
 * @see ReactiveNotificationRulesOperations
 */
public interface NotificationRulesOperations {

	/** The notification rules of a base ({@code listNotificationRules}). */
	List<Map<String, @Nullable Object>> list(long workspaceId, String baseName);

	/** Creates a notification rule from the JSON body the reference documents ({@code addNotificationRule}). */
	Map<String, @Nullable Object> create(long workspaceId, String baseName, Map<String, ?> rule);

	/** Changes a notification rule ({@code updateNotificationRule}). */
	Map<String, @Nullable Object> update(long workspaceId, String baseName, long ruleId, Map<String, ?> rule);

	/** Deletes a notification rule ({@code deleteNotificationRule}). */
	void delete(long workspaceId, String baseName, long ruleId);

	/** Marks every notification of the account as seen ({@code markNotificationAsSeen}). */
	void markAllSeen();

}

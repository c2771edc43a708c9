package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** Notification operations of the account API. */
final class DefaultReactiveNotificationRulesOperations implements ReactiveNotificationRulesOperations {

	private static final String NOTIFICATIONS = "/api/v2.1/notifications/";

	private final AccountCalls calls;

	private final BaseRules rules;

	DefaultReactiveNotificationRulesOperations(AccountCalls calls) {
		this.calls = calls;
		this.rules = new BaseRules(calls, "notification-rules", "notification_rule_id",
				"dtable_notification_rule_list");
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> list(long workspaceId, String baseName) {
		return this.rules.list(workspaceId, baseName);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> create(long workspaceId, String baseName, Map<String, ?> rule) {
		return this.rules.create(workspaceId, baseName, rule);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> update(long workspaceId, String baseName, long ruleId, Map<String, ?> rule) {
		return this.rules.update(workspaceId, baseName, ruleId, rule);
	}

	@Override
	public Mono<Void> delete(long workspaceId, String baseName, long ruleId) {
		return this.rules.delete(workspaceId, baseName, ruleId);
	}

	@Override
	public Mono<Void> markAllSeen() {
		return this.calls.delete(NOTIFICATIONS, Map.of());
	}

}

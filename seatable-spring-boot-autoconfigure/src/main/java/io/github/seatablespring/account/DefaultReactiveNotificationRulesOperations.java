package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/** NotificationRules operations of the account API. */
final class DefaultReactiveNotificationRulesOperations implements ReactiveNotificationRulesOperations {

	private static final String NOTIFICATION_RULES = "/api/v2.1/workspace/{workspace_id}/dtable/{base_name}/notification-rules/";

	private static final String NOTIFICATION_RULE = "/api/v2.1/workspace/{workspace_id}/dtable/{base_name}/notification-rules/{notification_rule_id}/";

	private static final String NOTIFICATIONS = "/api/v2.1/notifications/";

	private final AccountCalls calls;

	DefaultReactiveNotificationRulesOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> list(long workspaceId, String baseName) {
		return this.calls.get(NOTIFICATION_RULES, Params.of("workspace_id", Params.workspace(workspaceId), "base_name", Params.text(baseName, "baseName")), Map.of())
			.map((answer) -> AccountResponses.objects(answer, "dtable_notification_rule_list"));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> create(long workspaceId, String baseName, Map<String, ?> rule) {
		Assert.notNull(rule, "rule must not be null");
		return this.calls.send(HttpMethod.POST, NOTIFICATION_RULES, Params.of("workspace_id", Params.workspace(workspaceId), "base_name", Params.text(baseName, "baseName")), Body.json(rule))
			.map(AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> update(long workspaceId, String baseName, long ruleId, Map<String, ?> rule) {
		Assert.notNull(rule, "rule must not be null");
		return this.calls.send(HttpMethod.PUT, NOTIFICATION_RULE, Params.of("workspace_id", Params.workspace(workspaceId), "base_name", Params.text(baseName, "baseName"), "notification_rule_id", ruleId), Body.json(rule))
			.map(AccountResponses::object);
	}

	@Override
	public Mono<Void> delete(long workspaceId, String baseName, long ruleId) {
		return this.calls.run(HttpMethod.DELETE, NOTIFICATION_RULE, Params.of("workspace_id", Params.workspace(workspaceId), "base_name", Params.text(baseName, "baseName"), "notification_rule_id", ruleId), Map.of(), Body.none());
	}

	@Override
	public Mono<Void> markAllSeen() {
		return this.calls.run(HttpMethod.DELETE, NOTIFICATIONS, Map.of(), Map.of(), Body.none());
	}

}

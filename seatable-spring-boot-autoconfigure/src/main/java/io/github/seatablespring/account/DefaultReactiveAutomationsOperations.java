package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/** Automations operations of the account API. */
final class DefaultReactiveAutomationsOperations implements ReactiveAutomationsOperations {

	private static final String AUTOMATION_RULES = "/api/v2.1/workspace/{workspace_id}/dtable/{base_name}/automation-rules/";

	private static final String AUTOMATION_RULE = "/api/v2.1/workspace/{workspace_id}/dtable/{base_name}/automation-rules/{automation_rule_id}/";

	private final AccountCalls calls;

	DefaultReactiveAutomationsOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> list(long workspaceId, String baseName) {
		return this.calls.get(AUTOMATION_RULES, Params.of("workspace_id", Params.workspace(workspaceId), "base_name", Params.text(baseName, "baseName")), Map.of())
			.map((answer) -> AccountResponses.objects(answer, "dtable_automation_rule_list"));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> create(long workspaceId, String baseName, Map<String, ?> rule) {
		Assert.notNull(rule, "rule must not be null");
		return this.calls.send(HttpMethod.POST, AUTOMATION_RULES, Params.of("workspace_id", Params.workspace(workspaceId), "base_name", Params.text(baseName, "baseName")), Body.json(rule))
			.map(AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> update(long workspaceId, String baseName, long ruleId, Map<String, ?> rule) {
		Assert.notNull(rule, "rule must not be null");
		return this.calls.send(HttpMethod.PUT, AUTOMATION_RULE, Params.of("workspace_id", Params.workspace(workspaceId), "base_name", Params.text(baseName, "baseName"), "automation_rule_id", ruleId), Body.json(rule))
			.map(AccountResponses::object);
	}

	@Override
	public Mono<Void> delete(long workspaceId, String baseName, long ruleId) {
		return this.calls.run(HttpMethod.DELETE, AUTOMATION_RULE, Params.of("workspace_id", Params.workspace(workspaceId), "base_name", Params.text(baseName, "baseName"), "automation_rule_id", ruleId), Map.of(), Body.none());
	}

}

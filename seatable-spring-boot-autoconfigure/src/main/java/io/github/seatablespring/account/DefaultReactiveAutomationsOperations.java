package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** Automation operations of the account API. */
final class DefaultReactiveAutomationsOperations implements ReactiveAutomationsOperations {

	private final BaseRules rules;

	DefaultReactiveAutomationsOperations(AccountCalls calls) {
		this.rules = new BaseRules(calls, "automation-rules", "automation_rule_id", "dtable_automation_rule_list");
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

}

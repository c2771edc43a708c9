package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Rules of a base that SeaTable keeps as JSON documents under one path: automation rules
 * and notification rules are listed, created, changed and deleted alike.
 */
class DefaultReactiveRulesOperations implements ReactiveRulesOperations {

	private final AccountCalls calls;

	private final String rules;

	private final String rule;

	private final String idVariable;

	private final String listField;

	/**
	 * @param calls the account's calls
	 * @param kind the path below the base, for example {@code automation-rules}
	 * @param idVariable the path variable of one rule's id, for example
	 * {@code automation_rule_id}
	 * @param listField the field of the list answer that holds the rules
	 */
	DefaultReactiveRulesOperations(AccountCalls calls, String kind, String idVariable, String listField) {
		this.calls = calls;
		this.rules = Params.BASE + "/" + kind + "/";
		this.rule = this.rules + "{" + idVariable + "}/";
		this.idVariable = idVariable;
		this.listField = listField;
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> list(long workspaceId, String baseName) {
		return this.calls.get(this.rules, Params.base(workspaceId, baseName), Map.of(),
				(answer) -> AccountResponses.objects(answer, this.listField));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> create(long workspaceId, String baseName, Map<String, ?> rule) {
		Assert.notNull(rule, "rule must not be null");
		return this.calls.send(HttpMethod.POST, this.rules, Params.base(workspaceId, baseName), Body.json(rule),
				AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> update(long workspaceId, String baseName, long ruleId,
			Map<String, ?> rule) {
		Assert.notNull(rule, "rule must not be null");
		return this.calls.send(HttpMethod.PUT, this.rule, Params.base(workspaceId, baseName, this.idVariable, ruleId),
				Body.json(rule), AccountResponses::object);
	}

	@Override
	public Mono<Void> delete(long workspaceId, String baseName, long ruleId) {
		return this.calls.delete(this.rule, Params.base(workspaceId, baseName, this.idVariable, ruleId));
	}

}

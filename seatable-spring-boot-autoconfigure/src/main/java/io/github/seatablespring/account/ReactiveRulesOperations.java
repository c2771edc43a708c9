package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on rules SeaTable keeps per base as JSON documents: the automation
 * rules ({@code account.automations()}) and the notification rules
 * ({@code account.notifications()}). A rule is the JSON body the API reference documents
 * for its kind.
 *
 * @see RulesOperations
 */
public interface ReactiveRulesOperations {

	/**
	 * The rules of a base ({@code listAutomationRules}, {@code listNotificationRules}).
	 */
	Mono<List<Map<String, @Nullable Object>>> list(long workspaceId, String baseName);

	/** Creates a rule ({@code createAutomationRule}, {@code addNotificationRule}). */
	Mono<Map<String, @Nullable Object>> create(long workspaceId, String baseName, Map<String, ?> rule);

	/** Changes a rule ({@code updateAutomationRule}, {@code updateNotificationRule}). */
	Mono<Map<String, @Nullable Object>> update(long workspaceId, String baseName, long ruleId, Map<String, ?> rule);

	/** Deletes a rule ({@code deleteAutomationRule}, {@code deleteNotificationRule}). */
	Mono<Void> delete(long workspaceId, String baseName, long ruleId);

}

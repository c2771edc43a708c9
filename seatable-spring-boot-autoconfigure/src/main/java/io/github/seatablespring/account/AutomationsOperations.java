package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Operations on the automation rules of a base; reached with {@code account.automations()}.
 *
 * @see ReactiveAutomationsOperations
 */
public interface AutomationsOperations {

	/** The automation rules of a base ({@code listAutomationRules}). */
	List<Map<String, @Nullable Object>> list(long workspaceId, String baseName);

	/** Creates an automation rule from the JSON body the reference documents ({@code createAutomationRule}). */
	Map<String, @Nullable Object> create(long workspaceId, String baseName, Map<String, ?> rule);

	/** Changes an automation rule ({@code updateAutomationRule}). */
	Map<String, @Nullable Object> update(long workspaceId, String baseName, long ruleId, Map<String, ?> rule);

	/** Deletes an automation rule ({@code deleteAutomationRule}). */
	void delete(long workspaceId, String baseName, long ruleId);

}

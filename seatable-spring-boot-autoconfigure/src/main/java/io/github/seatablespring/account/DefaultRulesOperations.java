package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking rules operations that wait for their reactive twin. */
class DefaultRulesOperations implements RulesOperations {

	private final ReactiveRulesOperations reactive;

	DefaultRulesOperations(ReactiveRulesOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Map<String, @Nullable Object>> list(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.list(workspaceId, baseName));
	}

	@Override
	public Map<String, @Nullable Object> create(long workspaceId, String baseName, Map<String, ?> rule) {
		return Blocking.await(this.reactive.create(workspaceId, baseName, rule));
	}

	@Override
	public Map<String, @Nullable Object> update(long workspaceId, String baseName, long ruleId, Map<String, ?> rule) {
		return Blocking.await(this.reactive.update(workspaceId, baseName, ruleId, rule));
	}

	@Override
	public void delete(long workspaceId, String baseName, long ruleId) {
		Blocking.run(this.reactive.delete(workspaceId, baseName, ruleId));
	}

}

package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking email accounts operations that wait for their reactive twin. */
final class DefaultEmailAccountsOperations implements EmailAccountsOperations {

	private final ReactiveEmailAccountsOperations reactive;

	DefaultEmailAccountsOperations(ReactiveEmailAccountsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Map<String, @Nullable Object>> list(String baseUuid) {
		return Blocking.await(this.reactive.list(baseUuid));
	}

	@Override
	public Map<String, @Nullable Object> add(String baseUuid, String name, String type, Map<String, ?> detail) {
		return Blocking.await(this.reactive.add(baseUuid, name, type, detail));
	}

	@Override
	public Map<String, @Nullable Object> update(String baseUuid, long accountId, String name, String type,
			Map<String, ?> detail) {
		return Blocking.await(this.reactive.update(baseUuid, accountId, name, type, detail));
	}

	@Override
	public void delete(String baseUuid, long accountId) {
		Blocking.run(this.reactive.delete(baseUuid, accountId));
	}

	@Override
	public Map<String, @Nullable Object> get(String baseUuid, String name) {
		return Blocking.await(this.reactive.get(baseUuid, name));
	}

	@Override
	public Map<String, @Nullable Object> sendingStatus(String taskId) {
		return Blocking.await(this.reactive.sendingStatus(taskId));
	}

}

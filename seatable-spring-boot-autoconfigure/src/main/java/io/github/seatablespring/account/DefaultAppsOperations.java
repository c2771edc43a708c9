package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking apps operations that wait for their reactive twin. */
final class DefaultAppsOperations implements AppsOperations {

	private final ReactiveAppsOperations reactive;

	DefaultAppsOperations(ReactiveAppsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public Map<String, @Nullable Object> list() {
		return Blocking.await(this.reactive.list());
	}

	@Override
	public Map<String, @Nullable Object> importUsers(String appToken, List<? extends Map<String, ?>> users) {
		return Blocking.await(this.reactive.importUsers(appToken, users));
	}

	@Override
	public Map<String, @Nullable Object> users(String appToken) {
		return Blocking.await(this.reactive.users(appToken));
	}

	@Override
	public List<Map<String, @Nullable Object>> inviteLinks(String appToken) {
		return Blocking.await(this.reactive.inviteLinks(appToken));
	}

	@Override
	public Map<String, @Nullable Object> setInactive(String appToken, boolean inactive) {
		return Blocking.await(this.reactive.setInactive(appToken, inactive));
	}

}

package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.AccountInfo;
import io.github.seatablespring.account.model.UserInfo;
import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;

/** Blocking user operations that wait for their reactive twin. */
final class DefaultUserOperations implements UserOperations {

	private final ReactiveUserOperations reactive;

	DefaultUserOperations(ReactiveUserOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public AccountInfo info() {
		return Blocking.await(this.reactive.info());
	}

	@Override
	public Map<String, @Nullable Object> updateContactEmail(String contactEmail) {
		return Blocking.await(this.reactive.updateContactEmail(contactEmail));
	}

	@Override
	public Map<String, @Nullable Object> uploadAvatar(Resource avatar, int size) {
		return Blocking.await(this.reactive.uploadAvatar(avatar, size));
	}

	@Override
	public UserInfo publicInfo(String userId) {
		return Blocking.await(this.reactive.publicInfo(userId));
	}

	@Override
	public List<UserInfo> publicInfos(List<String> userIds) {
		return Blocking.await(this.reactive.publicInfos(userIds));
	}

	@Override
	public List<UserInfo> search(String query) {
		return Blocking.await(this.reactive.search(query));
	}

}

package io.github.seatablespring.account;

import java.util.List;

import io.github.seatablespring.account.model.ApiToken;
import io.github.seatablespring.account.model.Permission;
import io.github.seatablespring.core.Blocking;

/** Blocking api tokens operations that wait for their reactive twin. */
final class DefaultApiTokensOperations implements ApiTokensOperations {

	private final ReactiveApiTokensOperations reactive;

	DefaultApiTokensOperations(ReactiveApiTokensOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<ApiToken> list(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.list(workspaceId, baseName));
	}

	@Override
	public ApiToken create(long workspaceId, String baseName, String appName, Permission permission) {
		return Blocking.await(this.reactive.create(workspaceId, baseName, appName, permission));
	}

	@Override
	public ApiToken update(long workspaceId, String baseName, String appName, Permission permission) {
		return Blocking.await(this.reactive.update(workspaceId, baseName, appName, permission));
	}

	@Override
	public void delete(long workspaceId, String baseName, String appName) {
		Blocking.run(this.reactive.delete(workspaceId, baseName, appName));
	}

	@Override
	public String createTemporary(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.createTemporary(workspaceId, baseName));
	}

}

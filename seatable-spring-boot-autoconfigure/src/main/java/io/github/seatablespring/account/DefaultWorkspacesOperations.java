package io.github.seatablespring.account;

import java.util.List;

import io.github.seatablespring.account.model.Workspace;
import io.github.seatablespring.core.Blocking;

/** Blocking workspaces operations that wait for their reactive twin. */
final class DefaultWorkspacesOperations implements WorkspacesOperations {

	private final ReactiveWorkspacesOperations reactive;

	DefaultWorkspacesOperations(ReactiveWorkspacesOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Workspace> list() {
		return Blocking.await(this.reactive.list());
	}

	@Override
	public List<Workspace> listWithBases() {
		return Blocking.await(this.reactive.listWithBases());
	}

}

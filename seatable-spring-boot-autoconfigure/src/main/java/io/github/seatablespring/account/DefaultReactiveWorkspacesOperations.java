package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.Workspace;
import reactor.core.publisher.Mono;

/** Workspace operations of the account API. */
final class DefaultReactiveWorkspacesOperations implements ReactiveWorkspacesOperations {

	private static final String WORKSPACES = "/api/v2.1/workspaces/";

	private final AccountCalls calls;

	DefaultReactiveWorkspacesOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<Workspace>> list() {
		return this.calls.get(WORKSPACES, Map.of(), Map.of(), AccountResponses::workspaces);
	}

	@Override
	public Mono<List<Workspace>> listWithBases() {
		return this.calls.get(WORKSPACES, Map.of(), Map.of("detail", "true"), AccountResponses::workspaces);
	}

}

package io.github.seatablespring.account;

import java.util.List;

import io.github.seatablespring.account.model.Workspace;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the account's workspaces; reached with
 * {@code account.workspaces()}.
 *
 * @see WorkspacesOperations
 */
public interface ReactiveWorkspacesOperations {

	/**
	 * The account's workspaces: its personal one first, then its groups'
	 * ({@code listWorkspaces}). SeaTable's pseudo entries for starred and shared bases,
	 * which have no id, are left out.
	 */
	Mono<List<Workspace>> list();

	/**
	 * The workspaces with the bases in each ({@code listWorkspaces} with
	 * {@code detail=true}).
	 */
	Mono<List<Workspace>> listWithBases();

}

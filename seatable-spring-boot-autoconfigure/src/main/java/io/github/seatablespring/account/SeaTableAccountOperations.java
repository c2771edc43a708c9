package io.github.seatablespring.account;

import io.github.seatablespring.core.SeaTableTemplate;

/**
 * The account operations of one SeaTable account, grouped by area as in SeaTable's API
 * reference:
 *
 * <pre class="code">
 * Workspace workspace = account.workspaces().list().get(0);
 * BaseInfo crm = account.bases().create(workspace.id(), "CRM");
 * ApiToken token = account.apiTokens().create(workspace.id(), "CRM", "importer", Permission.READ_WRITE);
 * SeaTableTemplate base = account.base(workspace.id(), "CRM");
 * </pre>
 *
 * @see ReactiveSeaTableAccountOperations
 */
public interface SeaTableAccountOperations {

	/** The account's own user and other users. */
	UserOperations user();

	/** The account's workspaces. */
	WorkspacesOperations workspaces();

	/** Bases: list, create, rename, copy, delete, favourites, folders, trash. */
	BasesOperations bases();

	/** Groups and their members. */
	GroupsOperations groups();

	/** API tokens of a base. */
	ApiTokensOperations apiTokens();

	/** Base tokens without an API token. */
	BaseTokensOperations baseTokens();

	/** Webhooks of a base. */
	WebhooksOperations webhooks();

	/** Stored snapshots and backups of a base. */
	BaseSnapshotsOperations snapshots();

	/**
	 * The template of a base of the account, without an API token; see
	 * {@link ReactiveSeaTableAccountOperations#base}. The first call for a base waits for its
	 * first base token.
	 */
	SeaTableTemplate base(long workspaceId, String baseName);

}

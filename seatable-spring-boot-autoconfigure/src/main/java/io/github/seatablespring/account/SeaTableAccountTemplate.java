package io.github.seatablespring.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.seatablespring.core.Blocking;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.SeaTableTemplate;

/**
 * The blocking {@link SeaTableAccountOperations} of one account. It runs the operations of a
 * {@link ReactiveSeaTableAccountOperations} and waits for their result, so both share one account
 * token and one quota. Do not call it from a reactive thread; use the reactive template there.
 */
public class SeaTableAccountTemplate implements SeaTableAccountOperations {

	private final ReactiveSeaTableAccountOperations reactive;

	private final Map<ReactiveSeaTableTemplate, SeaTableTemplate> bases = new ConcurrentHashMap<>();

	private final UserOperations user;

	private final WorkspacesOperations workspaces;

	private final BasesOperations baseOperations;

	private final GroupsOperations groups;

	private final ApiTokensOperations apiTokens;

	private final BaseTokensOperations baseTokens;

	private final WebhooksOperations webhooks;

	private final BaseSnapshotsOperations snapshots;

	public SeaTableAccountTemplate(ReactiveSeaTableAccountOperations reactive) {
		this.reactive = reactive;
		this.user = new DefaultUserOperations(reactive.user());
		this.workspaces = new DefaultWorkspacesOperations(reactive.workspaces());
		this.baseOperations = new DefaultBasesOperations(reactive.bases());
		this.groups = new DefaultGroupsOperations(reactive.groups());
		this.apiTokens = new DefaultApiTokensOperations(reactive.apiTokens());
		this.baseTokens = new DefaultBaseTokensOperations(reactive.baseTokens());
		this.webhooks = new DefaultWebhooksOperations(reactive.webhooks());
		this.snapshots = new DefaultBaseSnapshotsOperations(reactive.snapshots());
	}

	/** The reactive operations this template runs on. */
	public ReactiveSeaTableAccountOperations reactive() {
		return this.reactive;
	}

	@Override
	public UserOperations user() {
		return this.user;
	}

	@Override
	public WorkspacesOperations workspaces() {
		return this.workspaces;
	}

	@Override
	public BasesOperations bases() {
		return this.baseOperations;
	}

	@Override
	public GroupsOperations groups() {
		return this.groups;
	}

	@Override
	public ApiTokensOperations apiTokens() {
		return this.apiTokens;
	}

	@Override
	public BaseTokensOperations baseTokens() {
		return this.baseTokens;
	}

	@Override
	public WebhooksOperations webhooks() {
		return this.webhooks;
	}

	@Override
	public BaseSnapshotsOperations snapshots() {
		return this.snapshots;
	}

	@Override
	public SeaTableTemplate base(long workspaceId, String baseName) {
		ReactiveSeaTableTemplate template = Blocking.await(this.reactive.base(workspaceId, baseName));
		return this.bases.computeIfAbsent(template, SeaTableTemplate::new);
	}

}

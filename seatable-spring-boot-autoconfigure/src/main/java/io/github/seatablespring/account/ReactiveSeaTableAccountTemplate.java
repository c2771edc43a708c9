package io.github.seatablespring.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.seatablespring.account.http.AccountApiClient;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The reactive {@link ReactiveSeaTableAccountOperations} of one account. Its client carries the
 * account token, the account's quota, retries and time-outs; this class only groups the areas.
 */
public class ReactiveSeaTableAccountTemplate implements ReactiveSeaTableAccountOperations {

	private static final Duration FOREVER = Duration.ofMillis(Long.MAX_VALUE);

	private final @Nullable AccountBaseFactory baseFactory;

	private final Map<String, Mono<ReactiveSeaTableTemplate>> bases = new ConcurrentHashMap<>();

	private final ReactiveUserOperations user;

	private final ReactiveWorkspacesOperations workspaces;

	private final ReactiveBasesOperations baseOperations;

	private final ReactiveGroupsOperations groups;

	private final ReactiveApiTokensOperations apiTokens;

	private final ReactiveBaseTokensOperations baseTokens;

	private final ReactiveWebhooksOperations webhooks;

	private final ReactiveBaseSnapshotsOperations snapshots;

	/**
	 * @param api the account's client
	 * @param clock the clock that decides when base tokens expire
	 * @param baseFactory builds the templates of {@link #base}, or {@code null} when not offered
	 */
	public ReactiveSeaTableAccountTemplate(AccountApiClient api, Clock clock, @Nullable AccountBaseFactory baseFactory) {
		this.baseFactory = baseFactory;
		AccountCalls calls = new AccountCalls(api);
		this.user = new DefaultReactiveUserOperations(calls);
		this.workspaces = new DefaultReactiveWorkspacesOperations(calls);
		this.baseOperations = new DefaultReactiveBasesOperations(calls);
		this.groups = new DefaultReactiveGroupsOperations(calls);
		this.apiTokens = new DefaultReactiveApiTokensOperations(calls);
		this.baseTokens = new DefaultReactiveBaseTokensOperations(calls, new AccountResponses(clock));
		this.webhooks = new DefaultReactiveWebhooksOperations(calls);
		this.snapshots = new DefaultReactiveBaseSnapshotsOperations(calls);
	}

	@Override
	public ReactiveUserOperations user() {
		return this.user;
	}

	@Override
	public ReactiveWorkspacesOperations workspaces() {
		return this.workspaces;
	}

	@Override
	public ReactiveBasesOperations bases() {
		return this.baseOperations;
	}

	@Override
	public ReactiveGroupsOperations groups() {
		return this.groups;
	}

	@Override
	public ReactiveApiTokensOperations apiTokens() {
		return this.apiTokens;
	}

	@Override
	public ReactiveBaseTokensOperations baseTokens() {
		return this.baseTokens;
	}

	@Override
	public ReactiveWebhooksOperations webhooks() {
		return this.webhooks;
	}

	@Override
	public ReactiveBaseSnapshotsOperations snapshots() {
		return this.snapshots;
	}

	@Override
	public Mono<ReactiveSeaTableTemplate> base(long workspaceId, String baseName) {
		Params.base(workspaceId, baseName);
		AccountBaseFactory factory = this.baseFactory;
		if (factory == null) {
			return Mono.error(new IllegalStateException("This account template was built without a base factory"));
		}
		// a failed first token is not kept: the next call tries again
		return this.bases.computeIfAbsent(workspaceId + "/" + baseName, (key) -> factory
			.create(workspaceId, baseName, () -> this.baseTokens.forBase(workspaceId, baseName))
			.cache((template) -> FOREVER, (ex) -> Duration.ZERO, () -> Duration.ZERO));
	}

}

package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.account.model.BaseSnapshot;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/** Snapshot operations of the account API. */
final class DefaultReactiveBaseSnapshotsOperations implements ReactiveBaseSnapshotsOperations {

	private static final String SNAPSHOTS = Params.BASE + "/snapshots/";

	private final AccountCalls calls;

	DefaultReactiveBaseSnapshotsOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<BaseSnapshot>> list(long workspaceId, String baseName) {
		return list(workspaceId, baseName, Map.of());
	}

	@Override
	public Mono<List<BaseSnapshot>> list(long workspaceId, String baseName, int page, int perPage) {
		Assert.isTrue(page > 0 && perPage > 0, "page and perPage must be positive");
		return list(workspaceId, baseName, Params.of("page", page, "per_page", perPage));
	}

	private Mono<List<BaseSnapshot>> list(long workspaceId, String baseName, Map<String, ?> query) {
		return this.calls.get(SNAPSHOTS, Params.base(workspaceId, baseName), query,
				(answer) -> AccountResponses.list(answer, "snapshot_list", AccountResponses::snapshot));
	}

	@Override
	public Mono<BaseInfo> restore(long workspaceId, String baseName, String commitId, String snapshotName) {
		Map<String, Object> path = Map.of("workspace_id", Params.workspace(workspaceId), "base_name",
				Params.text(baseName, "baseName"), "commit_id", Params.text(commitId, "commitId"));
		return this.calls.send(HttpMethod.POST, SNAPSHOTS + "{commit_id}/restore/", path,
				Body.form(Params.of("snapshot_name", Params.text(snapshotName, "snapshotName"))),
				AccountResponses::wrappedBase);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> listBigDataBackups(long workspaceId, String baseName) {
		return this.calls.get(Params.BASE + "/archive-backups/", Params.base(workspaceId, baseName), Map.of(),
				AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> bigDataStatus(long workspaceId, String baseName) {
		return this.calls.get(Params.BASE + "/big-data-state/", Params.base(workspaceId, baseName), Map.of(),
				AccountResponses::object);
	}

}

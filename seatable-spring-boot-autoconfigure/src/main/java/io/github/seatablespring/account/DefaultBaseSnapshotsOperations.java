package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.account.model.BaseSnapshot;
import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking base snapshots operations that wait for their reactive twin. */
final class DefaultBaseSnapshotsOperations implements BaseSnapshotsOperations {

	private final ReactiveBaseSnapshotsOperations reactive;

	DefaultBaseSnapshotsOperations(ReactiveBaseSnapshotsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<BaseSnapshot> list(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.list(workspaceId, baseName));
	}

	@Override
	public List<BaseSnapshot> list(long workspaceId, String baseName, int page, int perPage) {
		return Blocking.await(this.reactive.list(workspaceId, baseName, page, perPage));
	}

	@Override
	public BaseInfo restore(long workspaceId, String baseName, String commitId, String snapshotName) {
		return Blocking.await(this.reactive.restore(workspaceId, baseName, commitId, snapshotName));
	}

	@Override
	public Map<String, @Nullable Object> listBigDataBackups(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.listBigDataBackups(workspaceId, baseName));
	}

	@Override
	public Map<String, @Nullable Object> bigDataStatus(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.bigDataStatus(workspaceId, baseName));
	}

}

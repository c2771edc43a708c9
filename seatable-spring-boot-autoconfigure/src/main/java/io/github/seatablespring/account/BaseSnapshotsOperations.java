package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.account.model.BaseSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * Operations on the stored snapshots and backups of a base; reached with
 * {@code account.snapshots()}. (Taking a snapshot is a base operation:
 * {@code seaTable.snapshots().create()}.)
 *
 * @see ReactiveBaseSnapshotsOperations
 */
public interface BaseSnapshotsOperations {

	/** The newest snapshots of a base, SeaTable's first page ({@code listSnapshots}). */
	List<BaseSnapshot> list(long workspaceId, String baseName);

	/** One page of the snapshots of a base, newest first ({@code listSnapshots}). */
	List<BaseSnapshot> list(long workspaceId, String baseName, int page, int perPage);

	/**
	 * Restores a snapshot as a new base ({@code restoreSnapshot}).
	 * @param snapshotName the name of the new base
	 */
	BaseInfo restore(long workspaceId, String baseName, String commitId, String snapshotName);

	/** The backups of a base's big-data storage ({@code listBigDataBackups}). */
	Map<String, @Nullable Object> listBigDataBackups(long workspaceId, String baseName);

	/** Whether and how a base uses big-data storage ({@code getBigDataStatus}). */
	Map<String, @Nullable Object> bigDataStatus(long workspaceId, String baseName);

}

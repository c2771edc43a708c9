package io.github.seatablespring.core;

import io.github.seatablespring.model.Snapshot;

/**
 * Operations on snapshots of the base; reached with {@code seaTable.snapshots()}.
 *
 * @see ReactiveSnapshotsOperations
 */
public interface SnapshotsOperations {

	/**
	 * Takes a snapshot of the base now ({@code createSnapshot}). SeaTable takes one only
	 * when the base changed since the last snapshot and that one is at least 10 minutes
	 * old.
	 */
	Snapshot create();

	/**
	 * Takes a snapshot of the base now, sending {@code dtable_name}
	 * ({@code createSnapshot}).
	 * @param baseName the base's name, for example {@code Example}
	 */
	Snapshot create(String baseName);

}

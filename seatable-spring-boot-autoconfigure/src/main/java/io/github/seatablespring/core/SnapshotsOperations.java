package io.github.seatablespring.core;

/**
 * Operations on snapshots of the base; reached with {@code seaTable.snapshots()}.
 *
 * @see ReactiveSnapshotsOperations
 */
public interface SnapshotsOperations {

}

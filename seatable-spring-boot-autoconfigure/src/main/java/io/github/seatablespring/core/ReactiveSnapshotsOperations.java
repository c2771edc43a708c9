package io.github.seatablespring.core;

/**
 * Reactive operations on snapshots of the base; reached with {@code reactiveTemplate.snapshots()}.
 *
 * @see SnapshotsOperations
 */
public interface ReactiveSnapshotsOperations {

}

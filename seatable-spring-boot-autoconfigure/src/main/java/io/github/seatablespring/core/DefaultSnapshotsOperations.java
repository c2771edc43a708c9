package io.github.seatablespring.core;

/** Blocking snapshots operations that wait for their reactive twin. */
final class DefaultSnapshotsOperations implements SnapshotsOperations {

	private final ReactiveSnapshotsOperations reactive;

	DefaultSnapshotsOperations(ReactiveSnapshotsOperations reactive) {
		this.reactive = reactive;
	}

}

package io.github.seatablespring.core;

import io.github.seatablespring.model.Snapshot;

/** Blocking snapshots operations that wait for their reactive twin. */
final class DefaultSnapshotsOperations implements SnapshotsOperations {

	private final ReactiveSnapshotsOperations reactive;

	DefaultSnapshotsOperations(ReactiveSnapshotsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public Snapshot create() {
		return Blocking.await(this.reactive.create());
	}

	@Override
	public Snapshot create(String baseName) {
		return Blocking.await(this.reactive.create(baseName));
	}

}

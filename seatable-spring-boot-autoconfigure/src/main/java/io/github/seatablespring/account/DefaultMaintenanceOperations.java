package io.github.seatablespring.account;

import io.github.seatablespring.core.Blocking;

/** Blocking maintenance operations that wait for their reactive twin. */
final class DefaultMaintenanceOperations implements MaintenanceOperations {

	private final ReactiveMaintenanceOperations reactive;

	DefaultMaintenanceOperations(ReactiveMaintenanceOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public void repair(String baseUuid) {
		Blocking.run(this.reactive.repair(baseUuid));
	}

}

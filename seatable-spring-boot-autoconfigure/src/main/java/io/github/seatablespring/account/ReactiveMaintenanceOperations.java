package io.github.seatablespring.account;

import reactor.core.publisher.Mono;

/**
 * Reactive operations on maintenance of bases; reached with
 * {@code account.maintenance()}.
 *
 * @see MaintenanceOperations
 */
public interface ReactiveMaintenanceOperations {

	/** Repairs a base whose data is inconsistent ({@code repairBase}). */
	Mono<Void> repair(String baseUuid);

}

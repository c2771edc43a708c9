package io.github.seatablespring.account;

/**
 * Operations on maintenance of bases; reached with {@code account.maintenance()}.
 *
 * @see ReactiveMaintenanceOperations
 */
public interface MaintenanceOperations {

	/** Repairs a base whose data is inconsistent ({@code repairBase}). */
	void repair(String baseUuid);

}

package io.github.seatablespring.core;

/**
 * Operations on the base's operation log and row activities; reached with {@code seaTable.activities()}.
 *
 * @see ReactiveActivitiesOperations
 */
public interface ActivitiesOperations {

}

package io.github.seatablespring.core;

/**
 * Reactive operations on the base's operation log and row activities; reached with {@code reactiveTemplate.activities()}.
 *
 * @see ActivitiesOperations
 */
public interface ReactiveActivitiesOperations {

}

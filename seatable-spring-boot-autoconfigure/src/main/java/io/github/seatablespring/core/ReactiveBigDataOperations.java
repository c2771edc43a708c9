package io.github.seatablespring.core;

/**
 * Reactive operations on the big-data backend (archive, unarchive, archived rows, operations); reached with {@code reactiveTemplate.bigData()}.
 *
 * @see BigDataOperations
 */
public interface ReactiveBigDataOperations {

}

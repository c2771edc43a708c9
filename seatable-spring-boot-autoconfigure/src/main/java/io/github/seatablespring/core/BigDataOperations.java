package io.github.seatablespring.core;

/**
 * Operations on the big-data backend (archive, unarchive, archived rows, operations); reached with {@code seaTable.bigData()}.
 *
 * @see ReactiveBigDataOperations
 */
public interface BigDataOperations {

}

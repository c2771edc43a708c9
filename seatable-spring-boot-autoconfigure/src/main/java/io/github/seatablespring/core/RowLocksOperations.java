package io.github.seatablespring.core;

/**
 * Operations on row locks (lock, unlock); reached with {@code seaTable.rowLocks()}.
 *
 * @see ReactiveRowLocksOperations
 */
public interface RowLocksOperations {

}

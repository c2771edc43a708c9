package io.github.seatablespring.core;

/**
 * Reactive operations on row locks (lock, unlock); reached with {@code reactiveTemplate.rowLocks()}.
 *
 * @see RowLocksOperations
 */
public interface ReactiveRowLocksOperations {

}

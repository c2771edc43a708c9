package io.github.seatablespring.core;

import java.util.Collection;

/**
 * Operations on row locks (lock, unlock); reached with {@code seaTable.rowLocks()}.
 * Locked rows can only be changed by base admins. Locking is an enterprise feature; rows
 * in the big-data backend cannot be locked. An empty collection of row ids sends no
 * request.
 *
 * @see ReactiveRowLocksOperations
 */
public interface RowLocksOperations {

	/**
	 * Locks these rows of a table ({@code PUT /lock-rows/}); rows already locked may be
	 * included.
	 */
	void lockRows(String table, Collection<String> rowIds);

	/**
	 * Unlocks these rows of a table ({@code PUT /unlock-rows/}); rows not locked may be
	 * included.
	 */
	void unlockRows(String table, Collection<String> rowIds);

}

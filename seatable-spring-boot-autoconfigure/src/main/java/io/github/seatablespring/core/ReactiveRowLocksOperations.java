package io.github.seatablespring.core;

import java.util.Collection;

import reactor.core.publisher.Mono;

/**
 * Reactive operations on row locks (lock, unlock); reached with
 * {@code reactiveTemplate.rowLocks()}. Locked rows can only be changed by base admins.
 * Locking is an enterprise feature; rows in the big-data backend cannot be locked. An
 * empty collection of row ids sends no request.
 *
 * @see RowLocksOperations
 */
public interface ReactiveRowLocksOperations {

	/**
	 * Locks these rows of a table ({@code PUT /lock-rows/}); rows already locked may be
	 * included.
	 */
	Mono<Void> lockRows(String table, Collection<String> rowIds);

	/**
	 * Unlocks these rows of a table ({@code PUT /unlock-rows/}); rows not locked may be
	 * included.
	 */
	Mono<Void> unlockRows(String table, Collection<String> rowIds);

}

package io.github.seatablespring.core;

import java.util.Collection;

/** Blocking row-lock operations that wait for their reactive twin. */
final class DefaultRowLocksOperations implements RowLocksOperations {

	private final ReactiveRowLocksOperations reactive;

	DefaultRowLocksOperations(ReactiveRowLocksOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public void lockRows(String table, Collection<String> rowIds) {
		Blocking.run(this.reactive.lockRows(table, rowIds));
	}

	@Override
	public void unlockRows(String table, Collection<String> rowIds) {
		Blocking.run(this.reactive.unlockRows(table, rowIds));
	}

}

package io.github.seatablespring.core;

/** Blocking rowLocks operations that wait for their reactive twin. */
final class DefaultRowLocksOperations implements RowLocksOperations {

	private final ReactiveRowLocksOperations reactive;

	DefaultRowLocksOperations(ReactiveRowLocksOperations reactive) {
		this.reactive = reactive;
	}

}

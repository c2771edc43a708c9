package io.github.seatablespring.core;

/** Blocking columns operations that wait for their reactive twin. */
final class DefaultColumnsOperations implements ColumnsOperations {

	private final ReactiveColumnsOperations reactive;

	DefaultColumnsOperations(ReactiveColumnsOperations reactive) {
		this.reactive = reactive;
	}

}

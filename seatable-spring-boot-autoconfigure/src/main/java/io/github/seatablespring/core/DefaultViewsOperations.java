package io.github.seatablespring.core;

/** Blocking views operations that wait for their reactive twin. */
final class DefaultViewsOperations implements ViewsOperations {

	private final ReactiveViewsOperations reactive;

	DefaultViewsOperations(ReactiveViewsOperations reactive) {
		this.reactive = reactive;
	}

}

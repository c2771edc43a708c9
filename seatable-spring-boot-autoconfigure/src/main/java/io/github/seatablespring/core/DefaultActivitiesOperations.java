package io.github.seatablespring.core;

/** Blocking activities operations that wait for their reactive twin. */
final class DefaultActivitiesOperations implements ActivitiesOperations {

	private final ReactiveActivitiesOperations reactive;

	DefaultActivitiesOperations(ReactiveActivitiesOperations reactive) {
		this.reactive = reactive;
	}

}

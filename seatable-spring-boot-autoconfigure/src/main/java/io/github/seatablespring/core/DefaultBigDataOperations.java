package io.github.seatablespring.core;

/** Blocking bigData operations that wait for their reactive twin. */
final class DefaultBigDataOperations implements BigDataOperations {

	private final ReactiveBigDataOperations reactive;

	DefaultBigDataOperations(ReactiveBigDataOperations reactive) {
		this.reactive = reactive;
	}

}

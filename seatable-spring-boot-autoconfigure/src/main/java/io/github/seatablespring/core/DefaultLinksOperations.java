package io.github.seatablespring.core;

/** Blocking links operations that wait for their reactive twin. */
final class DefaultLinksOperations implements LinksOperations {

	private final ReactiveLinksOperations reactive;

	DefaultLinksOperations(ReactiveLinksOperations reactive) {
		this.reactive = reactive;
	}

}

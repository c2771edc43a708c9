package io.github.seatablespring.core;

/** Blocking comments operations that wait for their reactive twin. */
final class DefaultCommentsOperations implements CommentsOperations {

	private final ReactiveCommentsOperations reactive;

	DefaultCommentsOperations(ReactiveCommentsOperations reactive) {
		this.reactive = reactive;
	}

}

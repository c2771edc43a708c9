package io.github.seatablespring.core;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.model.Comment;

/** Blocking comments operations that wait for their reactive twin. */
final class DefaultCommentsOperations implements CommentsOperations {

	private final ReactiveCommentsOperations reactive;

	DefaultCommentsOperations(ReactiveCommentsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Comment> list(String rowId) {
		return Blocking.await(this.reactive.list(rowId).collectList());
	}

	@Override
	public Comment get(long commentId) {
		return Blocking.await(this.reactive.get(commentId));
	}

	@Override
	public void delete(long commentId) {
		Blocking.run(this.reactive.delete(commentId));
	}

	@Override
	public long count(String rowId) {
		return Blocking.await(this.reactive.count(rowId));
	}

	@Override
	public List<Comment> listWithinDays(int days) {
		return Blocking.await(this.reactive.listWithinDays(days).collectList());
	}

	@Override
	public Map<String, Long> countByRow() {
		return Blocking.await(this.reactive.countByRow());
	}

}

package io.github.seatablespring.core;

import java.util.Map;

import io.github.seatablespring.model.Comment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on row comments (list, get, delete, counts); reached with
 * {@code reactiveTemplate.comments()}. SeaTable's API gateway cannot create comments
 * before SeaTable 6.2.
 *
 * @see CommentsOperations
 */
public interface ReactiveCommentsOperations {

	/** The comments on a row, oldest first ({@code listRowComments}). */
	Flux<Comment> list(String rowId);

	/** One comment by id ({@code getComment}). */
	Mono<Comment> get(long commentId);

	/** Deletes a comment ({@code deleteComment}). */
	Mono<Void> delete(long commentId);

	/** How many comments a row has ({@code getRowCommentsCount}). */
	Mono<Long> count(String rowId);

	/**
	 * The comments written anywhere in the base within the last {@code days} days
	 * ({@code listCommentsWithinDays}).
	 */
	Flux<Comment> listWithinDays(int days);

	/**
	 * The number of comments of every commented row, keyed by row id
	 * ({@code getNumberOfComments}).
	 */
	Mono<Map<String, Long>> countByRow();

}

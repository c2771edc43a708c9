package io.github.seatablespring.core;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.model.Comment;

/**
 * Operations on row comments (list, get, delete, counts); reached with
 * {@code seaTable.comments()}. SeaTable's API gateway cannot create comments before
 * SeaTable 6.2.
 *
 * @see ReactiveCommentsOperations
 */
public interface CommentsOperations {

	/** The comments on a row, oldest first ({@code listRowComments}). */
	List<Comment> list(String rowId);

	/** One comment by id ({@code getComment}). */
	Comment get(long commentId);

	/** Deletes a comment ({@code deleteComment}). */
	void delete(long commentId);

	/** How many comments a row has ({@code getRowCommentsCount}). */
	long count(String rowId);

	/**
	 * The comments written anywhere in the base within the last {@code days} days
	 * ({@code listCommentsWithinDays}).
	 */
	List<Comment> listWithinDays(int days);

	/**
	 * The number of comments of every commented row, keyed by row id
	 * ({@code getNumberOfComments}).
	 */
	Map<String, Long> countByRow();

}

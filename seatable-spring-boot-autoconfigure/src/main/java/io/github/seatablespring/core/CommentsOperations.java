package io.github.seatablespring.core;

/**
 * Operations on row comments (list, get, delete, counts); reached with {@code seaTable.comments()}.
 *
 * @see ReactiveCommentsOperations
 */
public interface CommentsOperations {

}

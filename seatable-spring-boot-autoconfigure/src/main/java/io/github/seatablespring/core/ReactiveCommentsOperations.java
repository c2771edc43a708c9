package io.github.seatablespring.core;

/**
 * Reactive operations on row comments (list, get, delete, counts); reached with {@code reactiveTemplate.comments()}.
 *
 * @see CommentsOperations
 */
public interface ReactiveCommentsOperations {

}

package io.github.seatablespring.core;

/**
 * Reactive operations on the views of a table (list, get, create, update, delete); reached with {@code reactiveTemplate.views()}.
 *
 * @see ViewsOperations
 */
public interface ReactiveViewsOperations {

}

package io.github.seatablespring.core;

/**
 * Operations on the views of a table (list, get, create, update, delete); reached with {@code seaTable.views()}.
 *
 * @see ReactiveViewsOperations
 */
public interface ViewsOperations {

}

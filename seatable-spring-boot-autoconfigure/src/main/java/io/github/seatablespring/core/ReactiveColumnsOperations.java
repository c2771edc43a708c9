package io.github.seatablespring.core;

/**
 * Reactive operations on the columns of a table (list, insert, append, update, delete, select options, cascades); reached with {@code reactiveTemplate.columns()}.
 *
 * @see ColumnsOperations
 */
public interface ReactiveColumnsOperations {

}

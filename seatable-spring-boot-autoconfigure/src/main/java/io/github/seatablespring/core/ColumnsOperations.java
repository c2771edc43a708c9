package io.github.seatablespring.core;

/**
 * Operations on the columns of a table (list, insert, append, update, delete, select options, cascades); reached with {@code seaTable.columns()}.
 *
 * @see ReactiveColumnsOperations
 */
public interface ColumnsOperations {

}

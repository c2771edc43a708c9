package io.github.seatablespring.core;

/**
 * Operations on links between rows (create, update, delete, list linked rows, auto-links); reached with {@code seaTable.links()}.
 *
 * @see ReactiveLinksOperations
 */
public interface LinksOperations {

}

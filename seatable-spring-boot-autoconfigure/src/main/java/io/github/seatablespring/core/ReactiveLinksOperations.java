package io.github.seatablespring.core;

/**
 * Reactive operations on links between rows (create, update, delete, list linked rows, auto-links); reached with {@code reactiveTemplate.links()}.
 *
 * @see LinksOperations
 */
public interface ReactiveLinksOperations {

}

package io.github.seatablespring.model;

/**
 * A view of a table.
 *
 * @param id the view id
 * @param name the view name, usable in {@code RowQuery.view(...)}
 * @param type the view type, usually {@code table}
 */
public record View(String id, String name, String type) {
}

package io.github.seatablespring.account.model;

/**
 * A department of the team's address book.
 *
 * @param id the department id
 * @param name its name
 * @param parentId the parent department, negative for a top-level one
 */
public record Department(long id, String name, long parentId) {
}

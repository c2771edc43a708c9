package io.github.seatablespring.account.model;

/**
 * A member of a group.
 *
 * @param email the member's user id
 * @param name the display name
 * @param contactEmail the address mails go to
 * @param role {@code owner}, {@code admin} or {@code member}
 * @param admin whether the member administers the group
 */
public record GroupMember(String email, String name, String contactEmail, String role, boolean admin) {
}

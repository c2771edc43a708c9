package io.github.seatablespring.account.model;

/**
 * A base shared with a user.
 *
 * @param email the user's id
 * @param name the display name
 * @param contactEmail the address mails go to
 * @param permission SeaTable's permission ({@code r}, {@code rw}, or a custom one)
 */
public record UserShare(String email, String name, String contactEmail, String permission) {
}

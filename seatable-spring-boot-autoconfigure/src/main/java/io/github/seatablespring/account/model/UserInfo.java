package io.github.seatablespring.account.model;

/**
 * Another user, as far as the account may see them.
 *
 * @param email the user's id ({@code ...@auth.local})
 * @param name the display name
 * @param contactEmail the address mails go to
 * @param avatarUrl the avatar's URL
 */
public record UserInfo(String email, String name, String contactEmail, String avatarUrl) {
}

package io.github.seatablespring.model;

/**
 * A user who can access the base.
 *
 * @param email the username ({@code ...@auth.local}), the value collaborator cells and
 * comments hold
 * @param name the display name
 * @param contactEmail the user's real e-mail address; empty when unknown
 * @param avatarUrl the URL of the user's avatar image
 */
public record Collaborator(String email, String name, String contactEmail, String avatarUrl) {
}

package io.github.seatablespring.account.model;

/**
 * A base shared with a group.
 *
 * @param groupId the group's id
 * @param groupName the group's name
 * @param permission SeaTable's permission ({@code r}, {@code rw}, or a custom one)
 */
public record GroupShare(long groupId, String groupName, String permission) {
}

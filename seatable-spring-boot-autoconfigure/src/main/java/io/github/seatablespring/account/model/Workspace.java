package io.github.seatablespring.account.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A workspace: the account's personal one or a group's.
 *
 * @param id the workspace id, which most base operations of the account take
 * @param name its name ({@code personal}, or the group's name)
 * @param type {@code personal} or {@code group}
 * @param groupId the group's id for a group workspace
 * @param bases the bases in it; empty unless read with {@code listWithBases()}
 */
public record Workspace(long id, String name, String type, @Nullable Long groupId, List<BaseInfo> bases) {
}

package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.Group;
import io.github.seatablespring.account.model.GroupMember;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on groups and their members; reached with {@code account.groups()}.
 *
 * @see GroupsOperations
 */
public interface ReactiveGroupsOperations {

	/** The groups the account belongs to ({@code listGroups}). */
	Mono<List<Group>> list();

	/** Creates a group, and with it a workspace ({@code createGroup}). */
	Mono<Map<String, @Nullable Object>> create(String name);

	/** A group ({@code getGroup}). */
	Mono<Group> get(long groupId);

	/**
	 * Renames a group or hands it to another owner ({@code updateGroup}).
	 * @param newName the new name, or {@code null} to keep it
	 * @param newOwner the new owner's user id, or {@code null} to keep it
	 */
	Mono<Group> update(long groupId, @Nullable String newName, @Nullable String newOwner);

	/** Deletes a group ({@code deleteGroup}). */
	Mono<Void> delete(long groupId);

	/** Groups whose name contains {@code query} ({@code searchGroup}). */
	Mono<List<Group>> search(String query);

	/** The members of a group ({@code getGroupMembers}). */
	Mono<List<GroupMember>> members(long groupId);

	/** Adds a user to a group ({@code addGroupMember}). */
	Mono<GroupMember> addMember(long groupId, String email);

	/**
	 * Makes a member an administrator of the group, or takes that back
	 * ({@code updateGroupRole}).
	 */
	Mono<Void> setAdmin(long groupId, String email, boolean admin);

	/** Removes a member from a group ({@code removeGroupMember}). */
	Mono<Void> removeMember(long groupId, String email);

	/**
	 * Members of a group whose name or address contains {@code query}
	 * ({@code searchGroupMembers}).
	 */
	Mono<List<GroupMember>> searchMembers(long groupId, String query);

}

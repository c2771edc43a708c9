package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.Group;
import io.github.seatablespring.account.model.GroupMember;
import org.jspecify.annotations.Nullable;

/**
 * Operations on groups and their members; reached with {@code account.groups()}.
 *
 * @see ReactiveGroupsOperations
 */
public interface GroupsOperations {

	/** The groups the account belongs to ({@code listGroups}). */
	List<Group> list();

	/** Creates a group, and with it a workspace ({@code createGroup}). */
	Map<String, @Nullable Object> create(String name);

	/** A group ({@code getGroup}). */
	Group get(long groupId);

	/**
	 * Renames a group or hands it to another owner ({@code updateGroup}).
	 * @param newName the new name, or {@code null} to keep it
	 * @param newOwner the new owner's user id, or {@code null} to keep it
	 */
	Group update(long groupId, @Nullable String newName, @Nullable String newOwner);

	/** Deletes a group ({@code deleteGroup}). */
	void delete(long groupId);

	/** Groups whose name contains {@code query} ({@code searchGroup}). */
	List<Group> search(String query);

	/** The members of a group ({@code getGroupMembers}). */
	List<GroupMember> members(long groupId);

	/** Adds a user to a group ({@code addGroupMember}). */
	GroupMember addMember(long groupId, String email);

	/**
	 * Makes a member an administrator of the group, or takes that back
	 * ({@code updateGroupRole}).
	 */
	void setAdmin(long groupId, String email, boolean admin);

	/** Removes a member from a group ({@code removeGroupMember}). */
	void removeMember(long groupId, String email);

	/**
	 * Members of a group whose name or address contains {@code query}
	 * ({@code searchGroupMembers}).
	 */
	List<GroupMember> searchMembers(long groupId, String query);

}

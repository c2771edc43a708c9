package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.GroupShare;
import io.github.seatablespring.account.model.UserInfo;
import io.github.seatablespring.account.model.UserShare;
import org.jspecify.annotations.Nullable;

/**
 * Operations on sharing bases and views with users and groups; reached with
 * {@code account.sharing()}. A {@code permission} is SeaTable's string: {@code r},
 * {@code rw} (see {@link io.github.seatablespring.account.model.Permission#value()}) or a
 * custom permission's id.
 *
 * @see ReactiveSharingOperations
 */
public interface SharingOperations {

	/** The bases other users shared with the account ({@code listMyShares}). */
	List<Map<String, @Nullable Object>> listSharedWithMe();

	/** The users a base is shared with ({@code listUserShares}). */
	List<UserShare> listUserShares(long workspaceId, String baseName);

	/** Shares a base with a user ({@code createUserShare}). */
	void shareWithUser(long workspaceId, String baseName, String email, String permission);

	/** Changes what a user may do with a shared base ({@code updateUserShare}). */
	void updateUserShare(long workspaceId, String baseName, String email, String permission);

	/** Stops sharing a base with a user ({@code deleteUserShare}). */
	void unshareWithUser(long workspaceId, String baseName, String email);

	/** The bases shared with the account's groups ({@code listMyGroupShares}). */
	List<Map<String, @Nullable Object>> listGroupSharedWithMe();

	/** The groups a base is shared with ({@code listGroupShares}). */
	List<GroupShare> listGroupShares(long workspaceId, String baseName);

	/** Shares a base with a group ({@code createGroupShare}). */
	Map<String, @Nullable Object> shareWithGroup(long workspaceId, String baseName, long groupId, String permission);

	/** Changes what a group may do with a shared base ({@code updateGroupShare}). */
	void updateGroupShare(long workspaceId, String baseName, long groupId, String permission);

	/** Stops sharing a base with a group ({@code deleteGroupShare}). */
	void unshareWithGroup(long workspaceId, String baseName, long groupId);

	/** The views shared with the account's groups ({@code listMyGroupViewShares}). */
	List<Map<String, @Nullable Object>> listGroupViewSharesWithMe();

	/** The views of a base shared with groups ({@code listGroupViewShares}). */
	List<Map<String, @Nullable Object>> listGroupViewShares(long workspaceId, String baseName);

	/** Shares a view with a group ({@code createGroupViewShare}). */
	Map<String, @Nullable Object> shareViewWithGroup(long workspaceId, String baseName, String tableId, String viewId,
			long groupId, String permission);

	/** Stops sharing a view with every group ({@code deleteGroupAllViewShare}). */
	void unshareViewWithAllGroups(long workspaceId, String baseName, String tableId, String viewId);

	/** Changes what a group may do with a shared view ({@code updateGroupViewShare}). */
	Map<String, @Nullable Object> updateGroupViewShare(long workspaceId, String baseName, long shareId,
			String permission);

	/** Stops one sharing of a view with a group ({@code deleteGroupViewShare}). */
	void unshareViewWithGroup(long workspaceId, String baseName, long shareId);

	/** The views other users shared with the account ({@code listMyUserViewShares}). */
	List<Map<String, @Nullable Object>> listUserViewSharesWithMe();

	/** The views of a base shared with users ({@code listUserViewShares}). */
	List<Map<String, @Nullable Object>> listUserViewShares(long workspaceId, String baseName);

	/** Shares a view with a user ({@code createUserViewShare}). */
	Map<String, @Nullable Object> shareViewWithUser(long workspaceId, String baseName, String tableId, String viewId,
			String email, String permission);

	/** Stops sharing a view with every user ({@code deleteUserAllViewShare}). */
	void unshareViewWithAllUsers(long workspaceId, String baseName, String tableId, String viewId);

	/** Changes what a user may do with a shared view ({@code updateUserViewShare}). */
	Map<String, @Nullable Object> updateUserViewShare(long workspaceId, String baseName, long shareId,
			String permission);

	/** Stops one sharing of a view with a user ({@code deleteUserViewShare}). */
	void unshareViewWithUser(long workspaceId, String baseName, long shareId);

	/** Leaves a view another user shared with the account ({@code leaveSharedView}). */
	void leaveSharedView(long shareId);

	/** The users who can work on a base ({@code listCollaboratorsAsUser}). */
	List<UserInfo> listCollaborators(long workspaceId, String baseName);

}

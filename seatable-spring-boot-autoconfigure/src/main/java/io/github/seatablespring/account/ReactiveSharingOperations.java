package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.GroupShare;
import io.github.seatablespring.account.model.UserInfo;
import io.github.seatablespring.account.model.UserShare;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on sharing bases and views with users and groups; reached with
 * {@code account.sharing()}. A {@code permission} is SeaTable's string: {@code r},
 * {@code rw} (see {@link io.github.seatablespring.account.model.Permission#value()}) or a
 * custom permission's id.
 *
 * @see SharingOperations
 */
public interface ReactiveSharingOperations {

	/** The bases other users shared with the account ({@code listMyShares}). */
	Mono<List<Map<String, @Nullable Object>>> listSharedWithMe();

	/** The users a base is shared with ({@code listUserShares}). */
	Mono<List<UserShare>> listUserShares(long workspaceId, String baseName);

	/** Shares a base with a user ({@code createUserShare}). */
	Mono<Void> shareWithUser(long workspaceId, String baseName, String email, String permission);

	/** Changes what a user may do with a shared base ({@code updateUserShare}). */
	Mono<Void> updateUserShare(long workspaceId, String baseName, String email, String permission);

	/** Stops sharing a base with a user ({@code deleteUserShare}). */
	Mono<Void> unshareWithUser(long workspaceId, String baseName, String email);

	/** The bases shared with the account's groups ({@code listMyGroupShares}). */
	Mono<List<Map<String, @Nullable Object>>> listGroupSharedWithMe();

	/** The groups a base is shared with ({@code listGroupShares}). */
	Mono<List<GroupShare>> listGroupShares(long workspaceId, String baseName);

	/** Shares a base with a group ({@code createGroupShare}). */
	Mono<Map<String, @Nullable Object>> shareWithGroup(long workspaceId, String baseName, long groupId,
			String permission);

	/** Changes what a group may do with a shared base ({@code updateGroupShare}). */
	Mono<Void> updateGroupShare(long workspaceId, String baseName, long groupId, String permission);

	/** Stops sharing a base with a group ({@code deleteGroupShare}). */
	Mono<Void> unshareWithGroup(long workspaceId, String baseName, long groupId);

	/** The views shared with the account's groups ({@code listMyGroupViewShares}). */
	Mono<List<Map<String, @Nullable Object>>> listGroupViewSharesWithMe();

	/** The views of a base shared with groups ({@code listGroupViewShares}). */
	Mono<List<Map<String, @Nullable Object>>> listGroupViewShares(long workspaceId, String baseName);

	/** Shares a view with a group ({@code createGroupViewShare}). */
	Mono<Map<String, @Nullable Object>> shareViewWithGroup(long workspaceId, String baseName, String tableId,
			String viewId, long groupId, String permission);

	/** Stops sharing a view with every group ({@code deleteGroupAllViewShare}). */
	Mono<Void> unshareViewWithAllGroups(long workspaceId, String baseName, String tableId, String viewId);

	/** Changes what a group may do with a shared view ({@code updateGroupViewShare}). */
	Mono<Map<String, @Nullable Object>> updateGroupViewShare(long workspaceId, String baseName, long shareId,
			String permission);

	/** Stops one sharing of a view with a group ({@code deleteGroupViewShare}). */
	Mono<Void> unshareViewWithGroup(long workspaceId, String baseName, long shareId);

	/** The views other users shared with the account ({@code listMyUserViewShares}). */
	Mono<List<Map<String, @Nullable Object>>> listUserViewSharesWithMe();

	/** The views of a base shared with users ({@code listUserViewShares}). */
	Mono<List<Map<String, @Nullable Object>>> listUserViewShares(long workspaceId, String baseName);

	/** Shares a view with a user ({@code createUserViewShare}). */
	Mono<Map<String, @Nullable Object>> shareViewWithUser(long workspaceId, String baseName, String tableId,
			String viewId, String email, String permission);

	/** Stops sharing a view with every user ({@code deleteUserAllViewShare}). */
	Mono<Void> unshareViewWithAllUsers(long workspaceId, String baseName, String tableId, String viewId);

	/** Changes what a user may do with a shared view ({@code updateUserViewShare}). */
	Mono<Map<String, @Nullable Object>> updateUserViewShare(long workspaceId, String baseName, long shareId,
			String permission);

	/** Stops one sharing of a view with a user ({@code deleteUserViewShare}). */
	Mono<Void> unshareViewWithUser(long workspaceId, String baseName, long shareId);

	/** Leaves a view another user shared with the account ({@code leaveSharedView}). */
	Mono<Void> leaveSharedView(long shareId);

	/** The users who can work on a base ({@code listCollaboratorsAsUser}). */
	Mono<List<UserInfo>> listCollaborators(long workspaceId, String baseName);

}

package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.GroupShare;
import io.github.seatablespring.account.model.UserInfo;
import io.github.seatablespring.account.model.UserShare;
import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking sharing operations that wait for their reactive twin. */
final class DefaultSharingOperations implements SharingOperations {

	private final ReactiveSharingOperations reactive;

	DefaultSharingOperations(ReactiveSharingOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Map<String, @Nullable Object>> listSharedWithMe() {
		return Blocking.await(this.reactive.listSharedWithMe());
	}

	@Override
	public List<UserShare> listUserShares(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.listUserShares(workspaceId, baseName));
	}

	@Override
	public void shareWithUser(long workspaceId, String baseName, String email, String permission) {
		Blocking.run(this.reactive.shareWithUser(workspaceId, baseName, email, permission));
	}

	@Override
	public void updateUserShare(long workspaceId, String baseName, String email, String permission) {
		Blocking.run(this.reactive.updateUserShare(workspaceId, baseName, email, permission));
	}

	@Override
	public void unshareWithUser(long workspaceId, String baseName, String email) {
		Blocking.run(this.reactive.unshareWithUser(workspaceId, baseName, email));
	}

	@Override
	public List<Map<String, @Nullable Object>> listGroupSharedWithMe() {
		return Blocking.await(this.reactive.listGroupSharedWithMe());
	}

	@Override
	public List<GroupShare> listGroupShares(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.listGroupShares(workspaceId, baseName));
	}

	@Override
	public Map<String, @Nullable Object> shareWithGroup(long workspaceId, String baseName, long groupId,
			String permission) {
		return Blocking.await(this.reactive.shareWithGroup(workspaceId, baseName, groupId, permission));
	}

	@Override
	public void updateGroupShare(long workspaceId, String baseName, long groupId, String permission) {
		Blocking.run(this.reactive.updateGroupShare(workspaceId, baseName, groupId, permission));
	}

	@Override
	public void unshareWithGroup(long workspaceId, String baseName, long groupId) {
		Blocking.run(this.reactive.unshareWithGroup(workspaceId, baseName, groupId));
	}

	@Override
	public List<Map<String, @Nullable Object>> listGroupViewSharesWithMe() {
		return Blocking.await(this.reactive.listGroupViewSharesWithMe());
	}

	@Override
	public List<Map<String, @Nullable Object>> listGroupViewShares(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.listGroupViewShares(workspaceId, baseName));
	}

	@Override
	public Map<String, @Nullable Object> shareViewWithGroup(long workspaceId, String baseName, String tableId,
			String viewId, long groupId, String permission) {
		return Blocking
			.await(this.reactive.shareViewWithGroup(workspaceId, baseName, tableId, viewId, groupId, permission));
	}

	@Override
	public void unshareViewWithAllGroups(long workspaceId, String baseName, String tableId, String viewId) {
		Blocking.run(this.reactive.unshareViewWithAllGroups(workspaceId, baseName, tableId, viewId));
	}

	@Override
	public Map<String, @Nullable Object> updateGroupViewShare(long workspaceId, String baseName, long shareId,
			String permission) {
		return Blocking.await(this.reactive.updateGroupViewShare(workspaceId, baseName, shareId, permission));
	}

	@Override
	public void unshareViewWithGroup(long workspaceId, String baseName, long shareId) {
		Blocking.run(this.reactive.unshareViewWithGroup(workspaceId, baseName, shareId));
	}

	@Override
	public List<Map<String, @Nullable Object>> listUserViewSharesWithMe() {
		return Blocking.await(this.reactive.listUserViewSharesWithMe());
	}

	@Override
	public List<Map<String, @Nullable Object>> listUserViewShares(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.listUserViewShares(workspaceId, baseName));
	}

	@Override
	public Map<String, @Nullable Object> shareViewWithUser(long workspaceId, String baseName, String tableId,
			String viewId, String email, String permission) {
		return Blocking
			.await(this.reactive.shareViewWithUser(workspaceId, baseName, tableId, viewId, email, permission));
	}

	@Override
	public void unshareViewWithAllUsers(long workspaceId, String baseName, String tableId, String viewId) {
		Blocking.run(this.reactive.unshareViewWithAllUsers(workspaceId, baseName, tableId, viewId));
	}

	@Override
	public Map<String, @Nullable Object> updateUserViewShare(long workspaceId, String baseName, long shareId,
			String permission) {
		return Blocking.await(this.reactive.updateUserViewShare(workspaceId, baseName, shareId, permission));
	}

	@Override
	public void unshareViewWithUser(long workspaceId, String baseName, long shareId) {
		Blocking.run(this.reactive.unshareViewWithUser(workspaceId, baseName, shareId));
	}

	@Override
	public void leaveSharedView(long shareId) {
		Blocking.run(this.reactive.leaveSharedView(shareId));
	}

	@Override
	public List<UserInfo> listCollaborators(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.listCollaborators(workspaceId, baseName));
	}

}

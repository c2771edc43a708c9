package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import io.github.seatablespring.account.model.GroupShare;
import io.github.seatablespring.account.model.UserInfo;
import io.github.seatablespring.account.model.UserShare;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

/** Sharing operations of the account API. */
final class DefaultReactiveSharingOperations implements ReactiveSharingOperations {

	private static final String DTABLES_SHARED = "/api/v2.1/dtables/shared/";

	private static final String SHARE = Params.BASE + "/share/";

	private static final String DTABLES_GROUP_SHARED = "/api/v2.1/dtables/group-shared/";

	private static final String GROUP_SHARES = Params.BASE + "/group-shares/";

	private static final String GROUP_SHARE = Params.BASE + "/group-shares/{group_id}/";

	private static final String DTABLES_VIEW_SHARES_GROUP_SHARED = "/api/v2.1/dtables/view-shares-group-shared/";

	private static final String GROUP_VIEW_SHARES = Params.BASE + "/group-view-shares/";

	private static final String GROUP_VIEW_SHARE = Params.BASE + "/group-view-shares/{group_view_share_id}/";

	private static final String DTABLES_VIEW_SHARES_USER_SHARED = "/api/v2.1/dtables/view-shares-user-shared/";

	private static final String USER_VIEW_SHARES = Params.BASE + "/user-view-shares/";

	private static final String USER_VIEW_SHARE = Params.BASE + "/user-view-shares/{user_view_share_id}/";

	private static final String DTABLES_VIEW_SHARES_USER_SHARED_ITEM = "/api/v2.1/dtables/view-shares-user-shared/{user_view_share_id}/";

	private static final String RELATED_USERS = Params.BASE + "/related-users/";

	private final AccountCalls calls;

	DefaultReactiveSharingOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> listSharedWithMe() {
		return this.calls.get(DTABLES_SHARED, Map.of(), Map.of(),
				(answer) -> AccountResponses.objects(answer, "table_list"));
	}

	@Override
	public Mono<List<UserShare>> listUserShares(long workspaceId, String baseName) {
		return this.calls.get(SHARE, Params.base(workspaceId, baseName), Map.of(),
				(answer) -> AccountResponses.list(answer, "user_list", AccountResponses::userShare));
	}

	@Override
	public Mono<Void> shareWithUser(long workspaceId, String baseName, String email, String permission) {
		return this.calls.run(HttpMethod.POST, SHARE, Params.base(workspaceId, baseName), Map.of(), Body.form(
				Params.of("email", Params.text(email, "email"), "permission", Params.text(permission, "permission"))));
	}

	@Override
	public Mono<Void> updateUserShare(long workspaceId, String baseName, String email, String permission) {
		return this.calls.run(HttpMethod.PUT, SHARE, Params.base(workspaceId, baseName), Map.of(), Body.form(
				Params.of("email", Params.text(email, "email"), "permission", Params.text(permission, "permission"))));
	}

	@Override
	public Mono<Void> unshareWithUser(long workspaceId, String baseName, String email) {
		return this.calls.run(HttpMethod.DELETE, SHARE, Params.base(workspaceId, baseName), Map.of(),
				Body.form(Params.of("email", Params.text(email, "email"))));
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> listGroupSharedWithMe() {
		return this.calls.get(DTABLES_GROUP_SHARED, Map.of(), Map.of(),
				(answer) -> AccountResponses.objects(answer, "group_shared_dtables"));
	}

	@Override
	public Mono<List<GroupShare>> listGroupShares(long workspaceId, String baseName) {
		return this.calls.get(GROUP_SHARES, Params.base(workspaceId, baseName), Map.of(),
				(answer) -> AccountResponses.list(answer, "dtable_group_share_list", AccountResponses::groupShare));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> shareWithGroup(long workspaceId, String baseName, long groupId,
			String permission) {
		return this.calls.send(HttpMethod.POST, GROUP_SHARES, Params.base(workspaceId, baseName),
				Body.form(Params.of("group_id", groupId, "permission", Params.text(permission, "permission"))),
				AccountResponses::object);
	}

	@Override
	public Mono<Void> updateGroupShare(long workspaceId, String baseName, long groupId, String permission) {
		return this.calls.run(HttpMethod.PUT, GROUP_SHARE, Params.base(workspaceId, baseName, "group_id", groupId),
				Map.of(), Body.form(Params.of("permission", Params.text(permission, "permission"))));
	}

	@Override
	public Mono<Void> unshareWithGroup(long workspaceId, String baseName, long groupId) {
		return this.calls.run(HttpMethod.DELETE, GROUP_SHARE, Params.base(workspaceId, baseName, "group_id", groupId),
				Map.of(), Body.none());
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> listGroupViewSharesWithMe() {
		return this.calls.get(DTABLES_VIEW_SHARES_GROUP_SHARED, Map.of(), Map.of(),
				(answer) -> AccountResponses.objects(answer, "group_shared_views"));
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> listGroupViewShares(long workspaceId, String baseName) {
		return this.calls.get(GROUP_VIEW_SHARES, Params.base(workspaceId, baseName), Map.of(),
				(answer) -> AccountResponses.objects(answer, "group_shared_views"));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> shareViewWithGroup(long workspaceId, String baseName, String tableId,
			String viewId, long groupId, String permission) {
		return this.calls
			.send(HttpMethod.POST, GROUP_VIEW_SHARES, Params.base(workspaceId, baseName),
					Body.form(Params.of("table_id", Params.text(tableId, "tableId"), "view_id",
							Params.text(viewId, "viewId"), "to_group_id", groupId, "permission",
							Params.text(permission, "permission"))),
					AccountResponses::object);
	}

	@Override
	public Mono<Void> unshareViewWithAllGroups(long workspaceId, String baseName, String tableId, String viewId) {
		return this.calls.run(HttpMethod.DELETE, GROUP_VIEW_SHARES, Params.base(workspaceId, baseName),
				Params.of("table_id", Params.text(tableId, "tableId"), "view_id", Params.text(viewId, "viewId")),
				Body.none());
	}

	@Override
	public Mono<Map<String, @Nullable Object>> updateGroupViewShare(long workspaceId, String baseName, long shareId,
			String permission) {
		return this.calls.send(HttpMethod.PUT, GROUP_VIEW_SHARE,
				Params.base(workspaceId, baseName, "group_view_share_id", shareId),
				Body.form(Params.of("permission", Params.text(permission, "permission"))), AccountResponses::object);
	}

	@Override
	public Mono<Void> unshareViewWithGroup(long workspaceId, String baseName, long shareId) {
		return this.calls.run(HttpMethod.DELETE, GROUP_VIEW_SHARE,
				Params.base(workspaceId, baseName, "group_view_share_id", shareId), Map.of(), Body.none());
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> listUserViewSharesWithMe() {
		return this.calls.get(DTABLES_VIEW_SHARES_USER_SHARED, Map.of(), Map.of(),
				(answer) -> AccountResponses.objects(answer, "view_share_list"));
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> listUserViewShares(long workspaceId, String baseName) {
		return this.calls.get(USER_VIEW_SHARES, Params.base(workspaceId, baseName), Map.of(),
				(answer) -> AccountResponses.objects(answer, "user_view_share_list"));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> shareViewWithUser(long workspaceId, String baseName, String tableId,
			String viewId, String email, String permission) {
		return this.calls.send(HttpMethod.POST, USER_VIEW_SHARES, Params.base(workspaceId, baseName),
				Body.form(Params.of("table_id", Params.text(tableId, "tableId"), "view_id",
						Params.text(viewId, "viewId"), "to_user", Params.text(email, "email"), "permission",
						Params.text(permission, "permission"))),
				AccountResponses::object);
	}

	@Override
	public Mono<Void> unshareViewWithAllUsers(long workspaceId, String baseName, String tableId, String viewId) {
		return this.calls.run(HttpMethod.DELETE, USER_VIEW_SHARES, Params.base(workspaceId, baseName),
				Params.of("table_id", Params.text(tableId, "tableId"), "view_id", Params.text(viewId, "viewId")),
				Body.none());
	}

	@Override
	public Mono<Map<String, @Nullable Object>> updateUserViewShare(long workspaceId, String baseName, long shareId,
			String permission) {
		return this.calls.send(HttpMethod.PUT, USER_VIEW_SHARE,
				Params.base(workspaceId, baseName, "user_view_share_id", shareId),
				Body.form(Params.of("permission", Params.text(permission, "permission"))), AccountResponses::object);
	}

	@Override
	public Mono<Void> unshareViewWithUser(long workspaceId, String baseName, long shareId) {
		return this.calls.run(HttpMethod.DELETE, USER_VIEW_SHARE,
				Params.base(workspaceId, baseName, "user_view_share_id", shareId), Map.of(), Body.none());
	}

	@Override
	public Mono<Void> leaveSharedView(long shareId) {
		return this.calls.run(HttpMethod.DELETE, DTABLES_VIEW_SHARES_USER_SHARED_ITEM,
				Params.of("user_view_share_id", shareId), Map.of(), Body.none());
	}

	@Override
	public Mono<List<UserInfo>> listCollaborators(long workspaceId, String baseName) {
		return this.calls.get(RELATED_USERS, Params.base(workspaceId, baseName), Map.of(),
				(answer) -> AccountResponses.list(answer, "user_list", AccountResponses::user));
	}

}

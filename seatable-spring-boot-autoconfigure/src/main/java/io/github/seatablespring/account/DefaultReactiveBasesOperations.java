package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import io.github.seatablespring.account.model.BaseInfo;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/** Base operations of the account API. */
final class DefaultReactiveBasesOperations implements ReactiveBasesOperations {

	private static final String WORKSPACE_BASE = "/api/v2.1/workspace/{workspace_id}/dtable/";

	private static final String FAVORITES = "/api/v2.1/starred-dtables/";

	private static final String FOLDERS = "/api/v2.1/workspace/{workspace_id}/folders/";

	private static final String TRASH = "/api/v2.1/trash-dtables/";

	private final AccountCalls calls;

	DefaultReactiveBasesOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<BaseInfo>> list() {
		return this.calls.get("/api/v2.1/user-admin-dtables/", Map.of(), Map.of(), AccountResponses::allBases);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> search(String query, @Nullable String type) {
		return this.calls.get("/api/v2.1/dtable/items-search/", Map.of(),
				Params.of("query_str", Params.text(query, "query"), "query_type", type), AccountResponses::object);
	}

	@Override
	public Mono<BaseInfo> create(long workspaceId, String name) {
		return create(workspaceId, name, null, null);
	}

	@Override
	public Mono<BaseInfo> create(long workspaceId, String name, @Nullable String icon, @Nullable String color) {
		return this.calls.send(
				HttpMethod.POST, "/api/v2.1/dtables/", Map.of(), Body.form(Params.of("name", Params.text(name, "name"),
						"workspace_id", Params.workspace(workspaceId), "icon", icon, "color", color)),
				AccountResponses::wrappedBase);
	}

	@Override
	public Mono<BaseInfo> rename(long workspaceId, String name, String newName) {
		return update(workspaceId, name, Params.text(newName, "newName"), null, null);
	}

	@Override
	public Mono<BaseInfo> restyle(long workspaceId, String name, @Nullable String icon, @Nullable String color) {
		return update(workspaceId, name, null, icon, color);
	}

	private Mono<BaseInfo> update(long workspaceId, String name, @Nullable String newName, @Nullable String icon,
			@Nullable String color) {
		return this.calls.send(
				HttpMethod.PUT, WORKSPACE_BASE, Params.inWorkspace(workspaceId), Body.form(Params.of("name",
						Params.text(name, "name"), "new_name", newName, "icon", icon, "color", color)),
				AccountResponses::wrappedBase);
	}

	@Override
	public Mono<Void> delete(long workspaceId, String name) {
		return this.calls.run(HttpMethod.DELETE, WORKSPACE_BASE, Params.inWorkspace(workspaceId), Map.of(),
				Body.form(Params.of("name", Params.text(name, "name"))));
	}

	@Override
	public Mono<Long> size(String baseUuid) {
		return this.calls.get("/api/v2.1/dtable/{base_uuid}/size/", Params.baseUuid(baseUuid), Map.of(),
				(answer) -> AccountResponses.number(answer, "result"));
	}

	@Override
	public Mono<BaseInfo> copy(long sourceWorkspaceId, String name, long targetWorkspaceId, boolean copyDatasetSyncs) {
		return this.calls.send(HttpMethod.POST, "/api/v2.1/dtable-copy/", Map.of(),
				Body.form(Params.of("src_workspace_id", Params.workspace(sourceWorkspaceId), "name",
						Params.text(name, "name"), "dst_workspace_id", Params.workspace(targetWorkspaceId),
						"is_copy_dataset_syncs", copyDatasetSyncs)),
				AccountResponses::wrappedBase);
	}

	@Override
	public Mono<BaseInfo> copyFromExternalLink(String link, long targetWorkspaceId) {
		return this.calls.send(
				HttpMethod.POST, "/api/v2.1/dtable-external-link/dtable-copy/", Map.of(), Body.form(Params.of("link",
						Params.text(link, "link"), "dst_workspace_id", Params.workspace(targetWorkspaceId))),
				AccountResponses::wrappedBase);
	}

	@Override
	public Mono<List<BaseInfo>> listFavorites() {
		return this.calls.get(FAVORITES, Map.of(), Map.of(),
				(answer) -> AccountResponses.bases(answer, "user_starred_dtable_list"));
	}

	@Override
	public Mono<Void> favorite(String baseUuid) {
		return this.calls.run(HttpMethod.POST, FAVORITES, Map.of(), Map.of(),
				Body.form(Params.of("dtable_uuid", Params.text(baseUuid, "baseUuid"))));
	}

	@Override
	public Mono<Void> unfavorite(String baseUuid) {
		return this.calls.run(HttpMethod.DELETE, FAVORITES, Map.of(),
				Params.of("dtable_uuid", Params.text(baseUuid, "baseUuid")), Body.none());
	}

	@Override
	public Mono<Map<String, @Nullable Object>> createFolder(long workspaceId, String name) {
		return this.calls.send(HttpMethod.POST, FOLDERS, Params.inWorkspace(workspaceId),
				Body.form(Params.of("name", Params.text(name, "name"))), AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> renameFolder(long workspaceId, long folderId, String name) {
		return this.calls.send(HttpMethod.PUT, FOLDERS + "{folder_id}/", folder(workspaceId, folderId),
				Body.form(Params.of("name", Params.text(name, "name"))), AccountResponses::object);
	}

	@Override
	public Mono<Void> deleteFolder(long workspaceId, long folderId) {
		return this.calls.delete(FOLDERS + "{folder_id}/", folder(workspaceId, folderId));
	}

	@Override
	public Mono<Void> moveToFolder(long workspaceId, String baseUuid, String from, String to) {
		return this.calls.run(HttpMethod.POST, "/api/v2.1/workspace/{workspace_id}/folder-item-moving/",
				Params.inWorkspace(workspaceId), Map.of(),
				Body.form(Params.of("item_type", "dtable", "item_id", Params.text(baseUuid, "baseUuid"), "from",
						Params.text(from, "from"), "to", Params.text(to, "to"))));
	}

	@Override
	public Mono<BaseInfo> password(long workspaceId, String name, Map<String, ?> request) {
		Assert.notNull(request, "request must not be null");
		return this.calls.send(HttpMethod.PUT, Params.BASE + "/password/", Params.base(workspaceId, name),
				Body.json(request), AccountResponses::wrappedBase);
	}

	@Override
	public Mono<List<BaseInfo>> listTrash(int page, int perPage) {
		Assert.isTrue(page > 0 && perPage > 0, "page and perPage must be positive");
		return this.calls.get(TRASH, Map.of(), Params.of("page", page, "per_page", perPage),
				(answer) -> AccountResponses.bases(answer, "trash_dtable_list"));
	}

	@Override
	public Mono<Void> clearTrash() {
		return this.calls.delete(TRASH, Map.of());
	}

	@Override
	public Mono<Void> restoreFromTrash(long trashedBaseId) {
		return this.calls.run(HttpMethod.PUT, TRASH + "{trashed_base_id}/", Map.of("trashed_base_id", trashedBaseId),
				Map.of(), Body.none());
	}

	@Override
	public Mono<List<BaseInfo>> listGroupTrash(long groupId) {
		return this.calls.get("/api/v2.1/groups/{group_id}/trash-dtables/", Map.of("group_id", groupId), Map.of(),
				(answer) -> AccountResponses.bases(answer, "trash_dtable_list"));
	}

	@Override
	public Mono<Void> restoreFromGroupTrash(long groupId, String baseUuid) {
		return this.calls.run(HttpMethod.PUT, "/api/v2.1/groups/{group_id}/trash-dtables/{base_uuid}/",
				Map.of("group_id", groupId, "base_uuid", Params.text(baseUuid, "baseUuid")), Map.of(), Body.none());
	}

	private static Map<String, Object> folder(long workspaceId, long folderId) {
		return Map.of("workspace_id", Params.workspace(workspaceId), "folder_id", folderId);
	}

}

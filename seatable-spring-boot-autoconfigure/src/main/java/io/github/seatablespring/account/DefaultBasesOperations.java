package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking bases operations that wait for their reactive twin. */
final class DefaultBasesOperations implements BasesOperations {

	private final ReactiveBasesOperations reactive;

	DefaultBasesOperations(ReactiveBasesOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<BaseInfo> list() {
		return Blocking.await(this.reactive.list());
	}

	@Override
	public Map<String, @Nullable Object> search(String query, @Nullable String type) {
		return Blocking.await(this.reactive.search(query, type));
	}

	@Override
	public BaseInfo create(long workspaceId, String name) {
		return Blocking.await(this.reactive.create(workspaceId, name));
	}

	@Override
	public BaseInfo create(long workspaceId, String name, @Nullable String icon, @Nullable String color) {
		return Blocking.await(this.reactive.create(workspaceId, name, icon, color));
	}

	@Override
	public BaseInfo rename(long workspaceId, String name, String newName) {
		return Blocking.await(this.reactive.rename(workspaceId, name, newName));
	}

	@Override
	public BaseInfo restyle(long workspaceId, String name, @Nullable String icon, @Nullable String color) {
		return Blocking.await(this.reactive.restyle(workspaceId, name, icon, color));
	}

	@Override
	public void delete(long workspaceId, String name) {
		Blocking.run(this.reactive.delete(workspaceId, name));
	}

	@Override
	public Long size(String baseUuid) {
		return Blocking.await(this.reactive.size(baseUuid));
	}

	@Override
	public BaseInfo copy(long sourceWorkspaceId, String name, long targetWorkspaceId, boolean copyDatasetSyncs) {
		return Blocking.await(this.reactive.copy(sourceWorkspaceId, name, targetWorkspaceId, copyDatasetSyncs));
	}

	@Override
	public BaseInfo copyFromExternalLink(String link, long targetWorkspaceId) {
		return Blocking.await(this.reactive.copyFromExternalLink(link, targetWorkspaceId));
	}

	@Override
	public List<BaseInfo> listFavorites() {
		return Blocking.await(this.reactive.listFavorites());
	}

	@Override
	public void favorite(String baseUuid) {
		Blocking.run(this.reactive.favorite(baseUuid));
	}

	@Override
	public void unfavorite(String baseUuid) {
		Blocking.run(this.reactive.unfavorite(baseUuid));
	}

	@Override
	public Map<String, @Nullable Object> createFolder(long workspaceId, String name) {
		return Blocking.await(this.reactive.createFolder(workspaceId, name));
	}

	@Override
	public Map<String, @Nullable Object> renameFolder(long workspaceId, long folderId, String name) {
		return Blocking.await(this.reactive.renameFolder(workspaceId, folderId, name));
	}

	@Override
	public void deleteFolder(long workspaceId, long folderId) {
		Blocking.run(this.reactive.deleteFolder(workspaceId, folderId));
	}

	@Override
	public void moveToFolder(long workspaceId, String baseUuid, String from, String to) {
		Blocking.run(this.reactive.moveToFolder(workspaceId, baseUuid, from, to));
	}

	@Override
	public BaseInfo password(long workspaceId, String name, Map<String, ?> request) {
		return Blocking.await(this.reactive.password(workspaceId, name, request));
	}

	@Override
	public List<BaseInfo> listTrash(int page, int perPage) {
		return Blocking.await(this.reactive.listTrash(page, perPage));
	}

	@Override
	public void clearTrash() {
		Blocking.run(this.reactive.clearTrash());
	}

	@Override
	public void restoreFromTrash(long trashedBaseId) {
		Blocking.run(this.reactive.restoreFromTrash(trashedBaseId));
	}

	@Override
	public List<BaseInfo> listGroupTrash(long groupId) {
		return Blocking.await(this.reactive.listGroupTrash(groupId));
	}

	@Override
	public void restoreFromGroupTrash(long groupId, String baseUuid) {
		Blocking.run(this.reactive.restoreFromGroupTrash(groupId, baseUuid));
	}

}

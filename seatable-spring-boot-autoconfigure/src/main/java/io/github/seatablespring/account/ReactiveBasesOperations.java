package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.BaseInfo;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the account's bases: list, create, rename, copy, delete,
 * favourites, folders and the trash; reached with {@code account.bases()}.
 *
 * @see BasesOperations
 */
public interface ReactiveBasesOperations {

	/**
	 * Every base the account manages, its personal ones first, then its groups'
	 * ({@code listBases}).
	 */
	Mono<List<BaseInfo>> list();

	/**
	 * Searches bases and apps by name ({@code searchBaseOrApps}).
	 * @param query the text to look for
	 * @param type {@code dtable}, {@code app}, or {@code null} for both
	 */
	Mono<Map<String, @Nullable Object>> search(String query, @Nullable String type);

	/** Creates an empty base in a workspace ({@code createBase}). */
	Mono<BaseInfo> create(long workspaceId, String name);

	/**
	 * Creates an empty base with an icon and a colour ({@code createBase}).
	 * @param icon an icon class such as {@code icon-market-analysis}, or {@code null}
	 * @param color a colour such as {@code #E91E63}, or {@code null}
	 */
	Mono<BaseInfo> create(long workspaceId, String name, @Nullable String icon, @Nullable String color);

	/** Renames a base ({@code updateBase}). */
	Mono<BaseInfo> rename(long workspaceId, String name, String newName);

	/**
	 * Changes the icon and colour of a base; {@code null} keeps a value
	 * ({@code updateBase}).
	 */
	Mono<BaseInfo> restyle(long workspaceId, String name, @Nullable String icon, @Nullable String color);

	/** Moves a base to the trash ({@code deleteBase}). */
	Mono<Void> delete(long workspaceId, String name);

	/** Storage a base takes, in bytes ({@code getBaseSize}). */
	Mono<Long> size(String baseUuid);

	/**
	 * Copies a base into a workspace, under the same name
	 * ({@code copyBaseFromWorkspace}).
	 * @param copyDatasetSyncs whether common-dataset syncs are copied too
	 */
	Mono<BaseInfo> copy(long sourceWorkspaceId, String name, long targetWorkspaceId, boolean copyDatasetSyncs);

	/**
	 * Copies the base behind a sharing link into a workspace
	 * ({@code copyBaseFromExternalLink}).
	 */
	Mono<BaseInfo> copyFromExternalLink(String link, long targetWorkspaceId);

	/** The account's favourite bases ({@code listFavorites}). */
	Mono<List<BaseInfo>> listFavorites();

	/** Marks a base as favourite ({@code favoriteBase}). */
	Mono<Void> favorite(String baseUuid);

	/** Removes a base from the favourites ({@code unfavoriteBase}). */
	Mono<Void> unfavorite(String baseUuid);

	/** Creates a folder in a workspace ({@code createFolder}). */
	Mono<Map<String, @Nullable Object>> createFolder(long workspaceId, String name);

	/** Renames a folder ({@code updateFolder}). */
	Mono<Map<String, @Nullable Object>> renameFolder(long workspaceId, long folderId, String name);

	/** Deletes a folder ({@code deleteFolder}). */
	Mono<Void> deleteFolder(long workspaceId, long folderId);

	/**
	 * Moves a base between folders ({@code moveBaseIntoFolder}).
	 * @param baseUuid the base to move
	 * @param from the folder id it is in, or {@code /} for the workspace's root
	 * @param to the target folder id, or {@code /}
	 */
	Mono<Void> moveToFolder(long workspaceId, String baseUuid, String from, String to);

	/**
	 * Sets, changes or removes the password of a base ({@code basePassword}).
	 * @param request the JSON body the reference documents, for example
	 * {@code {"password": "..."}}
	 */
	Mono<BaseInfo> password(long workspaceId, String name, Map<String, ?> request);

	/** The account's trashed bases, one page ({@code listTrashedBases}). */
	Mono<List<BaseInfo>> listTrash(int page, int perPage);

	/** Deletes every base in the account's trash for good ({@code clearTrash}). */
	Mono<Void> clearTrash();

	/** Restores a base from the trash ({@code restoreTrashedBase}). */
	Mono<Void> restoreFromTrash(long trashedBaseId);

	/** A group's trashed bases ({@code listGroupTrashedBases}). */
	Mono<List<BaseInfo>> listGroupTrash(long groupId);

	/** Restores a base from a group's trash ({@code restoreGroupTrashedBase}). */
	Mono<Void> restoreFromGroupTrash(long groupId, String baseUuid);

}

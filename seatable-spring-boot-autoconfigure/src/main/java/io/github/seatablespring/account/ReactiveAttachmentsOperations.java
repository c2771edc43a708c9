package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the files and images stored with a base; reached with
 * {@code account.attachments()}.
 *
 * @see AttachmentsOperations
 */
public interface ReactiveAttachmentsOperations {

	/**
	 * A link to upload a file or image to a base ({@code getBaseAttachmentUploadLink}).
	 */
	Mono<Map<String, @Nullable Object>> uploadLink(long workspaceId, String baseName);

	/** The files in a folder of a base's assets ({@code listBaseAssets}). */
	Mono<Map<String, @Nullable Object>> list(String baseUuid, @Nullable String parentDir);

	/** Deletes a file or folder of a base's assets ({@code deleteBaseAsset}). */
	Mono<Void> delete(String baseUuid, String path);

	/** The storage a base's assets take ({@code getBaseAssetSize}). */
	Mono<Map<String, @Nullable Object>> size(String baseUuid);

	/** The files uploaded to a base lately ({@code listRecentlyUploadedFiles}). */
	Mono<Map<String, @Nullable Object>> listRecent(String baseUuid, @Nullable Integer months);

	/** Renames a file or folder of a base's assets ({@code renameBaseAsset}). */
	Mono<Void> rename(String baseUuid, String path, String newName);

	/**
	 * Deletes several files or folders in one folder of a base's assets
	 * ({@code deleteBaseAssets}).
	 */
	Mono<Void> deleteAll(String baseUuid, String parentPath, List<String> assetNames);

	/** Whether a file exists in a base's assets ({@code checkIfAssetExists}). */
	Mono<Boolean> exists(long workspaceId, String baseName, String path);

}

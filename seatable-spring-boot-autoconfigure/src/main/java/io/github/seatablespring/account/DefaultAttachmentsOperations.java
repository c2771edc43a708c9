package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking attachments operations that wait for their reactive twin. */
final class DefaultAttachmentsOperations implements AttachmentsOperations {

	private final ReactiveAttachmentsOperations reactive;

	DefaultAttachmentsOperations(ReactiveAttachmentsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public Map<String, @Nullable Object> uploadLink(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.uploadLink(workspaceId, baseName));
	}

	@Override
	public Map<String, @Nullable Object> list(String baseUuid, @Nullable String parentDir) {
		return Blocking.await(this.reactive.list(baseUuid, parentDir));
	}

	@Override
	public void delete(String baseUuid, String path) {
		Blocking.run(this.reactive.delete(baseUuid, path));
	}

	@Override
	public Map<String, @Nullable Object> size(String baseUuid) {
		return Blocking.await(this.reactive.size(baseUuid));
	}

	@Override
	public Map<String, @Nullable Object> listRecent(String baseUuid, @Nullable Integer months) {
		return Blocking.await(this.reactive.listRecent(baseUuid, months));
	}

	@Override
	public void rename(String baseUuid, String path, String newName) {
		Blocking.run(this.reactive.rename(baseUuid, path, newName));
	}

	@Override
	public void deleteAll(String baseUuid, String parentPath, List<String> assetNames) {
		Blocking.run(this.reactive.deleteAll(baseUuid, parentPath, assetNames));
	}

	@Override
	public Boolean exists(long workspaceId, String baseName, String path) {
		return Blocking.await(this.reactive.exists(workspaceId, baseName, path));
	}

}

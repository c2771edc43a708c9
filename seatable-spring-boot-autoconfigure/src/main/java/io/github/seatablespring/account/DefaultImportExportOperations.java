package io.github.seatablespring.account;

import java.io.InputStream;
import java.util.Map;

import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBufferUtils;

/** Blocking import export operations that wait for their reactive twin. */
final class DefaultImportExportOperations implements ImportExportOperations {

	/** Buffers requested ahead of the reader of a download. */
	private static final int STREAM_DEMAND = 16;

	private final ReactiveImportExportOperations reactive;

	DefaultImportExportOperations(ReactiveImportExportOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public Map<String, @Nullable Object> importBase(long workspaceId, Resource file, @Nullable String folder) {
		return Blocking.await(this.reactive.importBase(workspaceId, file, folder));
	}

	@Override
	public Map<String, @Nullable Object> importTable(long workspaceId, String baseUuid, Resource file) {
		return Blocking.await(this.reactive.importTable(workspaceId, baseUuid, file));
	}

	@Override
	public Map<String, @Nullable Object> importDtable(long workspaceId, Resource file) {
		return Blocking.await(this.reactive.importDtable(workspaceId, file));
	}

	@Override
	public Map<String, @Nullable Object> updateTable(long workspaceId, String baseUuid, String tableName, Resource file,
			String selectedColumns) {
		return Blocking.await(this.reactive.updateTable(workspaceId, baseUuid, tableName, file, selectedColumns));
	}

	@Override
	public Map<String, @Nullable Object> appendToTable(long workspaceId, String baseUuid, String tableName,
			Resource file) {
		return Blocking.await(this.reactive.appendToTable(workspaceId, baseUuid, tableName, file));
	}

	@Override
	public InputStream exportBase(long workspaceId, String baseName, @Nullable String password,
			@Nullable Boolean ignoreAssets) {
		return DataBufferUtils.subscriberInputStream(
				this.reactive.exportBase(workspaceId, baseName, password, ignoreAssets), STREAM_DEMAND);
	}

	@Override
	public InputStream exportTable(long workspaceId, String baseName, String tableId, String tableName) {
		return DataBufferUtils
			.subscriberInputStream(this.reactive.exportTable(workspaceId, baseName, tableId, tableName), STREAM_DEMAND);
	}

	@Override
	public InputStream exportView(long workspaceId, String baseName, String tableId, String tableName, String viewId,
			String viewName) {
		return DataBufferUtils.subscriberInputStream(
				this.reactive.exportView(workspaceId, baseName, tableId, tableName, viewId, viewName), STREAM_DEMAND);
	}

	@Override
	public InputStream exportFromExternalLink(String externalLinkToken) {
		return DataBufferUtils.subscriberInputStream(this.reactive.exportFromExternalLink(externalLinkToken),
				STREAM_DEMAND);
	}

	@Override
	public Map<String, @Nullable Object> exportBigDataView(long workspaceId, String baseName, String tableId,
			String viewId) {
		return Blocking.await(this.reactive.exportBigDataView(workspaceId, baseName, tableId, viewId));
	}

}

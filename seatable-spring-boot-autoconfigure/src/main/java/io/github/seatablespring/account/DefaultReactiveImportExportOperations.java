package io.github.seatablespring.account;

import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.MultipartBodyBuilder;

/** ImportExport operations of the account API. */
final class DefaultReactiveImportExportOperations implements ReactiveImportExportOperations {

	private static final String SYNCHRONOUS_IMPORT_IMPORT_EXCEL_CSV_TO_BASE = "/api/v2.1/workspace/{workspace_id}/synchronous-import/import-excel-csv-to-base/";

	private static final String SYNCHRONOUS_IMPORT_IMPORT_EXCEL_CSV_TO_TABLE = "/api/v2.1/workspace/{workspace_id}/synchronous-import/import-excel-csv-to-table/";

	private static final String IMPORT_DTABLE = "/api/v2.1/workspace/{workspace_id}/import-dtable/";

	private static final String SYNCHRONOUS_IMPORT_UPDATE_TABLE_VIA_EXCEL_CSV = "/api/v2.1/workspace/{workspace_id}/synchronous-import/update-table-via-excel-csv/";

	private static final String SYNCHRONOUS_IMPORT_APPEND_EXCEL_CSV_TO_TABLE = "/api/v2.1/workspace/{workspace_id}/synchronous-import/append-excel-csv-to-table/";

	private static final String SYNCHRONOUS_EXPORT_EXPORT_DTABLE = "/api/v2.1/workspace/{workspace_id}/synchronous-export/export-dtable/";

	private static final String SYNCHRONOUS_EXPORT_EXPORT_TABLE_TO_EXCEL = "/api/v2.1/workspace/{workspace_id}/synchronous-export/export-table-to-excel/";

	private static final String SYNCHRONOUS_EXPORT_EXPORT_VIEW_TO_EXCEL = "/api/v2.1/workspace/{workspace_id}/synchronous-export/export-view-to-excel/";

	private static final String EXTERNAL_LINKS_DOWNLOAD_ZIP = "/dtable/external-links/{external_link_token}/download-zip/";

	private static final String CONVERT_BIG_DATA_VIEW_TO_EXCEL = Params.BASE + "/convert-big-data-view-to-excel/";

	private final AccountCalls calls;

	DefaultReactiveImportExportOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<Map<String, @Nullable Object>> importBase(long workspaceId, Resource file, @Nullable String folder) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("dtable", Params.file(file, "file"));
		if (folder != null) {
			parts.part("folder", folder);
		}
		return this.calls.send(HttpMethod.POST, SYNCHRONOUS_IMPORT_IMPORT_EXCEL_CSV_TO_BASE,
				Params.inWorkspace(workspaceId), Body.multipart(parts), AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> importTable(long workspaceId, String baseUuid, Resource file) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("dtable_uuid", Params.text(baseUuid, "baseUuid"));
		parts.part("file", Params.file(file, "file"));
		return this.calls.send(HttpMethod.POST, SYNCHRONOUS_IMPORT_IMPORT_EXCEL_CSV_TO_TABLE,
				Params.inWorkspace(workspaceId), Body.multipart(parts), AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> importDtable(long workspaceId, Resource file) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("dtable", Params.file(file, "file"));
		return this.calls.send(HttpMethod.POST, IMPORT_DTABLE, Params.inWorkspace(workspaceId), Body.multipart(parts),
				AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> updateTable(long workspaceId, String baseUuid, String tableName,
			Resource file, String selectedColumns) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("dtable_uuid", Params.text(baseUuid, "baseUuid"));
		parts.part("table_name", Params.text(tableName, "tableName"));
		parts.part("file", Params.file(file, "file"));
		parts.part("selected_columns", Params.text(selectedColumns, "selectedColumns"));
		return this.calls.send(HttpMethod.POST, SYNCHRONOUS_IMPORT_UPDATE_TABLE_VIA_EXCEL_CSV,
				Params.inWorkspace(workspaceId), Body.multipart(parts), AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> appendToTable(long workspaceId, String baseUuid, String tableName,
			Resource file) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("dtable_uuid", Params.text(baseUuid, "baseUuid"));
		parts.part("table_name", Params.text(tableName, "tableName"));
		parts.part("file", Params.file(file, "file"));
		return this.calls.send(HttpMethod.POST, SYNCHRONOUS_IMPORT_APPEND_EXCEL_CSV_TO_TABLE,
				Params.inWorkspace(workspaceId), Body.multipart(parts), AccountResponses::object);
	}

	@Override
	public Flux<DataBuffer> exportBase(long workspaceId, String baseName, @Nullable String password,
			@Nullable Boolean ignoreAssets) {
		return this.calls.download(SYNCHRONOUS_EXPORT_EXPORT_DTABLE, Params.inWorkspace(workspaceId), Params
			.of("dtable_name", Params.text(baseName, "baseName"), "password", password, "ignore_asset", ignoreAssets));
	}

	@Override
	public Flux<DataBuffer> exportTable(long workspaceId, String baseName, String tableId, String tableName) {
		return this.calls.download(SYNCHRONOUS_EXPORT_EXPORT_TABLE_TO_EXCEL, Params.inWorkspace(workspaceId),
				Params.of("dtable_name", Params.text(baseName, "baseName"), "table_id", Params.text(tableId, "tableId"),
						"table_name", Params.text(tableName, "tableName")));
	}

	@Override
	public Flux<DataBuffer> exportView(long workspaceId, String baseName, String tableId, String tableName,
			String viewId, String viewName) {
		return this.calls.download(SYNCHRONOUS_EXPORT_EXPORT_VIEW_TO_EXCEL, Params.inWorkspace(workspaceId),
				Params.of("dtable_name", Params.text(baseName, "baseName"), "table_id", Params.text(tableId, "tableId"),
						"table_name", Params.text(tableName, "tableName"), "view_id", Params.text(viewId, "viewId"),
						"view_name", Params.text(viewName, "viewName")));
	}

	@Override
	public Flux<DataBuffer> exportFromExternalLink(String externalLinkToken) {
		return this.calls.download(EXTERNAL_LINKS_DOWNLOAD_ZIP,
				Params.of("external_link_token", Params.text(externalLinkToken, "externalLinkToken")), Map.of());
	}

	@Override
	public Mono<Map<String, @Nullable Object>> exportBigDataView(long workspaceId, String baseName, String tableId,
			String viewId) {
		return this.calls.get(CONVERT_BIG_DATA_VIEW_TO_EXCEL, Params.base(workspaceId, baseName),
				Params.of("table_id", Params.text(tableId, "tableId"), "view_id", Params.text(viewId, "viewId")),
				AccountResponses::object);
	}

}

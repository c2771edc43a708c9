package io.github.seatablespring.account;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;

/**
 * Reactive operations on importing files into bases and exporting bases, tables and
 * views; files are streamed both ways; reached with {@code account.importExport()}.
 *
 * @see ImportExportOperations
 */
public interface ReactiveImportExportOperations {

	/** Creates a base from an Excel or CSV file ({@code importBasefromFile}). */
	Mono<Map<String, @Nullable Object>> importBase(long workspaceId, Resource file, @Nullable String folder);

	/** Adds a table to a base from an Excel or CSV file ({@code importTableFromFile}). */
	Mono<Map<String, @Nullable Object>> importTable(long workspaceId, String baseUuid, Resource file);

	/**
	 * Creates a base from a {@code .dtable} export ({@code importBasefromDTableFile}).
	 */
	Mono<Map<String, @Nullable Object>> importDtable(long workspaceId, Resource file);

	/**
	 * Updates the rows of a table from an Excel or CSV file, matching them by the given
	 * columns ({@code updateFromFile}).
	 */
	Mono<Map<String, @Nullable Object>> updateTable(long workspaceId, String baseUuid, String tableName, Resource file,
			String selectedColumns);

	/**
	 * Appends the rows of an Excel or CSV file to a table
	 * ({@code appendToTableFromFile}).
	 */
	Mono<Map<String, @Nullable Object>> appendToTable(long workspaceId, String baseUuid, String tableName,
			Resource file);

	/** Streams a base as a {@code .dtable} file ({@code exportBase}). */
	Flux<DataBuffer> exportBase(long workspaceId, String baseName, @Nullable String password,
			@Nullable Boolean ignoreAssets);

	/** Streams a table as an Excel file ({@code exportTable}). */
	Flux<DataBuffer> exportTable(long workspaceId, String baseName, String tableId, String tableName);

	/** Streams a view as an Excel file ({@code exportView}). */
	Flux<DataBuffer> exportView(long workspaceId, String baseName, String tableId, String tableName, String viewId,
			String viewName);

	/**
	 * Streams the base behind a sharing link as a zip file
	 * ({@code exportBaseFromExternalLink}).
	 */
	Flux<DataBuffer> exportFromExternalLink(String externalLinkToken);

	/** Starts converting a big-data view to Excel ({@code exportBigDataView}). */
	Mono<Map<String, @Nullable Object>> exportBigDataView(long workspaceId, String baseName, String tableId,
			String viewId);

}

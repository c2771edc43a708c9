package io.github.seatablespring.account;

import java.io.InputStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;

/**
 * Operations on importing files into bases and exporting bases, tables and views; files
 * are streamed both ways; reached with {@code account.importExport()}.
 *
 * @see ReactiveImportExportOperations
 */
public interface ImportExportOperations {

	/** Creates a base from an Excel or CSV file ({@code importBasefromFile}). */
	Map<String, @Nullable Object> importBase(long workspaceId, Resource file, @Nullable String folder);

	/** Adds a table to a base from an Excel or CSV file ({@code importTableFromFile}). */
	Map<String, @Nullable Object> importTable(long workspaceId, String baseUuid, Resource file);

	/**
	 * Creates a base from a {@code .dtable} export ({@code importBasefromDTableFile}).
	 */
	Map<String, @Nullable Object> importDtable(long workspaceId, Resource file);

	/**
	 * Updates the rows of a table from an Excel or CSV file, matching them by the given
	 * columns ({@code updateFromFile}).
	 */
	Map<String, @Nullable Object> updateTable(long workspaceId, String baseUuid, String tableName, Resource file,
			String selectedColumns);

	/**
	 * Appends the rows of an Excel or CSV file to a table
	 * ({@code appendToTableFromFile}).
	 */
	Map<String, @Nullable Object> appendToTable(long workspaceId, String baseUuid, String tableName, Resource file);

	/** Streams a base as a {@code .dtable} file ({@code exportBase}). */
	InputStream exportBase(long workspaceId, String baseName, @Nullable String password,
			@Nullable Boolean ignoreAssets);

	/** Streams a table as an Excel file ({@code exportTable}). */
	InputStream exportTable(long workspaceId, String baseName, String tableId, String tableName);

	/** Streams a view as an Excel file ({@code exportView}). */
	InputStream exportView(long workspaceId, String baseName, String tableId, String tableName, String viewId,
			String viewName);

	/**
	 * Streams the base behind a sharing link as a zip file
	 * ({@code exportBaseFromExternalLink}).
	 */
	InputStream exportFromExternalLink(String externalLinkToken);

	/** Starts converting a big-data view to Excel ({@code exportBigDataView}). */
	Map<String, @Nullable Object> exportBigDataView(long workspaceId, String baseName, String tableId, String viewId);

}

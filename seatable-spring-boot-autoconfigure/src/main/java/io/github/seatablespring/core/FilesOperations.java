package io.github.seatablespring.core;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;

import io.github.seatablespring.model.CustomFileMetadata;
import io.github.seatablespring.model.CustomFolderListing;
import io.github.seatablespring.model.CustomUploadLink;
import io.github.seatablespring.model.FileKind;
import io.github.seatablespring.model.UploadLink;
import io.github.seatablespring.model.UploadedAsset;
import io.github.seatablespring.model.UploadedFile;

import org.springframework.core.io.Resource;

/**
 * Operations on the files and images of a base; reached with {@code seaTable.files()}.
 * They authenticate with the base's API token (not the base token) and count against
 * SeaTable's limit for web operations, not the base's daily quota. Uploads are streamed:
 * a file is never held in memory whole.
 *
 * <p>
 * Asset paths are as SeaTable shows them, {@code /files/2021-03/report.pdf} or
 * {@code /images/2021-03/logo.png}; the URL of a file or image cell is accepted as well.
 *
 * @see ReactiveFilesOperations
 */
public interface FilesOperations {

	/** A fresh upload link ({@code getUploadLink}); valid for a few minutes. */
	UploadLink getUploadLink();

	/**
	 * Uploads content to an upload link ({@code uploadFile}). No token is sent: the link
	 * is the credential. Most callers want {@link #upload(String, Resource, FileKind)}
	 * instead.
	 * @param uploadLink the {@code upload_link} of {@link #getUploadLink()} or
	 * {@link #getCustomUploadLink(String)}
	 * @param parentDir the link's {@code parent_path}
	 * @param relativePath the folder below it, for example {@code files/2021-08}
	 * @param fileName the name to store the file under
	 * @param content the content, read lazily
	 * @param replace whether to overwrite a file of the same name (else it is stored as
	 * {@code name(1).ext})
	 */
	UploadedFile uploadFile(String uploadLink, String parentDir, String relativePath, String fileName, Resource content,
			boolean replace);

	/**
	 * Uploads a file or image to the base (upload link, then upload) and returns the
	 * value to put into a file or image cell. An existing file of the same name is kept;
	 * the new one gets a name like {@code name(1).ext}, which
	 * {@link UploadedAsset#name()} reports.
	 */
	UploadedAsset upload(String fileName, Resource content, FileKind kind);

	/** As {@link #upload(String, Resource, FileKind)}, from a local file. */
	UploadedAsset upload(String fileName, Path content, FileKind kind);

	/**
	 * As {@link #upload(String, Resource, FileKind)}, from a stream that is read as it is
	 * sent and closed at the end. A stream cannot be read twice, so the upload is not
	 * retried.
	 */
	UploadedAsset upload(String fileName, InputStream content, FileKind kind);

	/**
	 * Uploads a file or image and appends it to a row's file or image cell. To append
	 * rather than replace, the row is read first and the cell written with its old values
	 * plus the new one; this is not atomic, so a change made to that cell between the
	 * read and the write is lost.
	 * @return the uploaded value
	 */
	UploadedAsset uploadAndAttach(String table, String rowId, String column, String fileName, Resource content,
			FileKind kind);

	/**
	 * As {@link #uploadAndAttach(String, String, String, String, Resource, FileKind)},
	 * from a local file.
	 */
	UploadedAsset uploadAndAttach(String table, String rowId, String column, String fileName, Path content,
			FileKind kind);

	/**
	 * A temporary download link for an asset ({@code getFileDownloadLink}); valid for
	 * some hours. A missing asset fails with {@code SeaTableNotFoundException}, although
	 * SeaTable answers 400.
	 * @param path the asset path, {@code /files/2021-03/report.pdf}, or the URL in a file
	 * or image cell
	 */
	URI getDownloadLink(String path);

	/**
	 * Deletes an asset ({@code deleteBaseAsset}). Cells that refer to it are not changed.
	 * @param path the asset path, {@code /files/2021-03/report.pdf}, or the URL in a file
	 * or image cell
	 */
	void deleteAsset(String path);

	/**
	 * The folders and files in a custom folder ({@code getCustomFiles}); {@code "/"} is
	 * the root.
	 */
	CustomFolderListing listCustomFolder(String folderPath);

	/** A file in a custom folder ({@code getCustomFileMetadata}). */
	CustomFileMetadata getCustomFileMetadata(String folderPath, String fileName);

	/**
	 * Deletes a file in a custom folder ({@code deleteBaseCustomFolderAsset}), for
	 * example {@code /invoices/b374.pdf}.
	 */
	void deleteCustomAsset(String filePath);

	/** A fresh link to upload into a custom folder ({@code getCustomUploadLink}). */
	CustomUploadLink getCustomUploadLink(String folderPath);

	/**
	 * A temporary download link for a file in a custom folder
	 * ({@code getCustomDownloadLink}).
	 */
	URI getCustomDownloadLink(String filePath);

	/**
	 * Uploads a file into a custom folder and returns the value for a file cell, whose
	 * URL is {@code custom-asset://{uuid}.{ext}}; the uuid is read with
	 * {@code getCustomFileMetadata}, so this takes three requests.
	 */
	UploadedAsset uploadToCustomFolder(String folderPath, String fileName, Resource content);

}

package io.github.seatablespring.core;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Supplier;

import io.github.seatablespring.model.CustomFileMetadata;
import io.github.seatablespring.model.CustomFolderListing;
import io.github.seatablespring.model.CustomUploadLink;
import io.github.seatablespring.model.FileKind;
import io.github.seatablespring.model.UploadLink;
import io.github.seatablespring.model.UploadedAsset;
import io.github.seatablespring.model.UploadedFile;

import org.springframework.core.io.Resource;

/** Blocking file operations that wait for their reactive twin. */
final class DefaultFilesOperations implements FilesOperations {

	private final Supplier<ReactiveFilesOperations> reactive;

	DefaultFilesOperations(Supplier<ReactiveFilesOperations> reactive) {
		this.reactive = reactive;
	}

	private ReactiveFilesOperations reactive() {
		return this.reactive.get();
	}

	@Override
	public UploadLink getUploadLink() {
		return Blocking.await(reactive().getUploadLink());
	}

	@Override
	public UploadedFile uploadFile(String uploadLink, String parentDir, String relativePath, String fileName,
			Resource content, boolean replace) {
		return Blocking.await(reactive().uploadFile(uploadLink, parentDir, relativePath, fileName, content, replace));
	}

	@Override
	public UploadedAsset upload(String fileName, Resource content, FileKind kind) {
		return Blocking.await(reactive().upload(fileName, content, kind));
	}

	@Override
	public UploadedAsset upload(String fileName, Path content, FileKind kind) {
		return Blocking.await(reactive().upload(fileName, content, kind));
	}

	@Override
	public UploadedAsset upload(String fileName, InputStream content, FileKind kind) {
		return Blocking.await(reactive().upload(fileName, content, kind));
	}

	@Override
	public UploadedAsset uploadAndAttach(String table, String rowId, String column, String fileName, Resource content,
			FileKind kind) {
		return Blocking.await(reactive().uploadAndAttach(table, rowId, column, fileName, content, kind));
	}

	@Override
	public UploadedAsset uploadAndAttach(String table, String rowId, String column, String fileName, Path content,
			FileKind kind) {
		return Blocking.await(reactive().uploadAndAttach(table, rowId, column, fileName, content, kind));
	}

	@Override
	public URI getDownloadLink(String path) {
		return Blocking.await(reactive().getDownloadLink(path));
	}

	@Override
	public void deleteAsset(String path) {
		Blocking.run(reactive().deleteAsset(path));
	}

	@Override
	public CustomFolderListing listCustomFolder(String folderPath) {
		return Blocking.await(reactive().listCustomFolder(folderPath));
	}

	@Override
	public CustomFileMetadata getCustomFileMetadata(String folderPath, String fileName) {
		return Blocking.await(reactive().getCustomFileMetadata(folderPath, fileName));
	}

	@Override
	public void deleteCustomAsset(String filePath) {
		Blocking.run(reactive().deleteCustomAsset(filePath));
	}

	@Override
	public CustomUploadLink getCustomUploadLink(String folderPath) {
		return Blocking.await(reactive().getCustomUploadLink(folderPath));
	}

	@Override
	public URI getCustomDownloadLink(String filePath) {
		return Blocking.await(reactive().getCustomDownloadLink(filePath));
	}

	@Override
	public UploadedAsset uploadToCustomFolder(String folderPath, String fileName, Resource content) {
		return Blocking.await(reactive().uploadToCustomFolder(folderPath, fileName, content));
	}

}

package io.github.seatablespring.core;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableNotFoundException;
import io.github.seatablespring.http.FilesApiClient;
import io.github.seatablespring.model.CustomFileMetadata;
import io.github.seatablespring.model.CustomFolderListing;
import io.github.seatablespring.model.CustomUploadLink;
import io.github.seatablespring.model.FileKind;
import io.github.seatablespring.model.UploadLink;
import io.github.seatablespring.model.UploadedAsset;
import io.github.seatablespring.model.UploadedFile;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.Assert;
import org.springframework.web.util.UriUtils;

/**
 * File operations on the API-token endpoints {@code /api/v2.1/dtable/...} and the file
 * server's upload links.
 */
final class DefaultReactiveFilesOperations implements ReactiveFilesOperations {

	private static final String UPLOAD_LINK = "/api/v2.1/dtable/app-upload-link/";

	private static final String DOWNLOAD_LINK = "/api/v2.1/dtable/app-download-link/";

	private static final String ASSET = "/api/v2.1/dtable/app-asset/";

	private static final String CUSTOM_DIR = "/api/v2.1/dtable/custom/app-asset-dir/";

	private static final String CUSTOM_FILE = "/api/v2.1/dtable/custom/app-asset-file/";

	private static final String CUSTOM_UPLOAD_LINK = "/api/v2.1/dtable/custom/app-upload-link/";

	private static final String CUSTOM_DOWNLOAD_LINK = "/api/v2.1/dtable/custom/app-download-link/";

	/** The spec's pattern of an asset path. */
	private static final Pattern ASSET_PATH = Pattern.compile("/(images|files)/[0-9]{4}-[0-9]{2}/.+");

	/**
	 * A cell's URL: {@code .../asset/{base_uuid}/files/2021-03/x.pdf} (or
	 * {@code asset-preview}).
	 */
	private static final Pattern ASSET_URL = Pattern
		.compile(".*/asset(?:-preview)?/[0-9a-fA-F-]{32,36}(/(?:images|files)/[0-9]{4}-[0-9]{2}/[^?#]+).*");

	private static final Pattern ROW_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

	/** Chunk size read from a file or stream while it is sent. */
	private static final int CHUNK = 64 * 1024;

	private final FilesApiClient files;

	private final ReactiveRowsOperations rows;

	DefaultReactiveFilesOperations(FilesApiClient files, ReactiveRowsOperations rows) {
		this.files = files;
		this.rows = rows;
	}

	@Override
	public Mono<UploadLink> getUploadLink() {
		return this.files.get(UPLOAD_LINK, Map.of()).map((body) -> {
			String link = required(body, "upload_link", UPLOAD_LINK);
			String parent = required(body, "parent_path", UPLOAD_LINK);
			return new UploadLink(link, parent, required(body, "img_relative_path", UPLOAD_LINK),
					required(body, "file_relative_path", UPLOAD_LINK), JsonFields.textOrNull(body, "workspace_id"));
		});
	}

	@Override
	public Mono<UploadedFile> uploadFile(String uploadLink, String parentDir, String relativePath, String fileName,
			Resource content, boolean replace) {
		Assert.hasText(uploadLink, "uploadLink must not be empty");
		Assert.hasText(parentDir, "parentDir must not be empty");
		Assert.notNull(relativePath, "relativePath must not be null");
		requireFileName(fileName);
		return upload(uploadLink, parentDir, relativePath, fileName, resource(content), replace);
	}

	@Override
	public Mono<UploadedAsset> upload(String fileName, Resource content, FileKind kind) {
		requireFileName(fileName);
		Assert.notNull(kind, "kind must not be null");
		return upload(fileName, resource(content), kind);
	}

	@Override
	public Mono<UploadedAsset> upload(String fileName, Path content, FileKind kind) {
		requireFileName(fileName);
		Assert.notNull(kind, "kind must not be null");
		return upload(fileName, path(content), kind);
	}

	@Override
	public Mono<UploadedAsset> upload(String fileName, InputStream content, FileKind kind) {
		requireFileName(fileName);
		Assert.notNull(kind, "kind must not be null");
		Assert.notNull(content, "content must not be null");
		return upload(fileName,
				DataBufferUtils.readInputStream(() -> content, DefaultDataBufferFactory.sharedInstance, CHUNK)
					.subscribeOn(Schedulers.boundedElastic()),
				kind);
	}

	private Mono<UploadedAsset> upload(String fileName, Flux<DataBuffer> content, FileKind kind) {
		return getUploadLink().flatMap((link) -> {
			String relativePath = link.relativePath(kind);
			return upload(link.uploadLink(), link.parentPath(), relativePath, fileName, content, false)
				.map((uploaded) -> new UploadedAsset(uploaded.name(), uploaded.size(), kind,
						assetUrl(link, relativePath, uploaded.name())));
		});
	}

	private Mono<UploadedFile> upload(String uploadLink, String parentDir, String relativePath, String fileName,
			Flux<DataBuffer> content, boolean replace) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		// the form fields first, as SeaTable's own clients send them, then the streamed
		// file
		parts.part("parent_dir", parentDir);
		parts.part("relative_path", relativePath);
		parts.part("replace", replace ? "1" : "0");
		parts.asyncPart("file", content, DataBuffer.class)
			.filename(fileName)
			.contentType(MediaTypeFactory.getMediaType(fileName).orElse(MediaType.APPLICATION_OCTET_STREAM));
		return this.files.upload(uploadLink, parts.build()).map((body) -> {
			JsonNode file = body.isArray() ? body.path(0) : body;
			if (!file.isObject() || !file.path("name").isString()) {
				throw Responses.malformed("no uploaded file");
			}
			return new UploadedFile(file.path("name").stringValue(), JsonFields.textOrNull(file, "id"),
					file.path("size").asLong(-1));
		});
	}

	/**
	 * {@code {server}/workspace/{workspace_id}{parent_path}/{relative_path}/{name}}, as
	 * the spec builds it.
	 */
	private String assetUrl(UploadLink link, String relativePath, String name) {
		if (link.workspaceId() == null) {
			throw Responses.malformed("no workspace_id");
		}
		String server = this.files.server().toString();
		server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
		String parent = trimSlashes(link.parentPath());
		String relative = trimSlashes(relativePath);
		return server + "/workspace/" + UriUtils.encodePathSegment(link.workspaceId(), StandardCharsets.UTF_8) + "/"
				+ UriUtils.encodePath(parent, StandardCharsets.UTF_8) + "/"
				+ (relative.isEmpty() ? "" : UriUtils.encodePath(relative, StandardCharsets.UTF_8) + "/")
				+ UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
	}

	@Override
	public Mono<UploadedAsset> uploadAndAttach(String table, String rowId, String column, String fileName,
			Resource content, FileKind kind) {
		requireCell(table, rowId, column);
		return attach(table, rowId, column, upload(fileName, content, kind));
	}

	@Override
	public Mono<UploadedAsset> uploadAndAttach(String table, String rowId, String column, String fileName, Path content,
			FileKind kind) {
		requireCell(table, rowId, column);
		return attach(table, rowId, column, upload(fileName, content, kind));
	}

	/**
	 * Reads the row after the upload, so that the window in which another writer's change
	 * to the cell could be overwritten is as short as possible.
	 */
	private Mono<UploadedAsset> attach(String table, String rowId, String column, Mono<UploadedAsset> upload) {
		return upload.flatMap((value) -> this.rows.getRow(table, rowId).flatMap((row) -> {
			List<@Nullable Object> cell = new ArrayList<>();
			if (row.get(column) instanceof List<?> existing) {
				cell.addAll(existing);
			}
			cell.add(value.cellValue());
			return this.rows.updateRow(table, rowId, Map.of(column, cell)).thenReturn(value);
		}));
	}

	@Override
	public Mono<URI> getDownloadLink(String path) {
		String assetPath = assetPath(path);
		return this.files.get(DOWNLOAD_LINK, Map.of("path", assetPath))
			// SeaTable answers a missing file with 400 here, but with 404 when deleting
			// it
			.onErrorMap(DefaultReactiveFilesOperations::isNotFound,
					(ex) -> new SeaTableNotFoundException("Not found in SeaTable",
							((SeaTableException) ex).getRequest(), ex))
			.map((body) -> link(body, DOWNLOAD_LINK));
	}

	private static boolean isNotFound(Throwable ex) {
		String message = (ex instanceof SeaTableBadRequestException bad) ? bad.getErrorMessage() : null;
		return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("not found");
	}

	@Override
	public Mono<Void> deleteAsset(String path) {
		return this.files.delete(ASSET, Map.of("path", assetPath(path))).map((body) -> success(body, ASSET)).then();
	}

	@Override
	public Mono<CustomFolderListing> listCustomFolder(String folderPath) {
		String path = customPath(folderPath, "folderPath");
		return this.files.get(CUSTOM_DIR, Map.of("path", path))
			.map((body) -> new CustomFolderListing(names(body.path("dir")), names(body.path("file"))));
	}

	@Override
	public Mono<CustomFileMetadata> getCustomFileMetadata(String folderPath, String fileName) {
		String path = customPath(folderPath, "folderPath");
		requireFileName(fileName);
		return this.files.get(CUSTOM_FILE, Map.of("path", path, "name", fileName)).map((body) -> {
			JsonNode dirent = dirent(body);
			JsonNode name = dirent.path("obj_name");
			if (!name.isString()) {
				throw Responses.malformed("no dirent.obj_name");
			}
			JsonNode isFile = dirent.path("is_file");
			return new CustomFileMetadata(name.stringValue(), dirent.path("file_size").asLong(-1),
					dateTime(dirent.path("last_update")), JsonFields.textOrNull(dirent, "uuid"),
					!isFile.isBoolean() || isFile.booleanValue());
		});
	}

	@Override
	public Mono<Void> deleteCustomAsset(String filePath) {
		String path = customPath(filePath, "filePath");
		return this.files.delete(CUSTOM_FILE, Map.of("path", path)).map((body) -> success(body, CUSTOM_FILE)).then();
	}

	@Override
	public Mono<CustomUploadLink> getCustomUploadLink(String folderPath) {
		String path = customPath(folderPath, "folderPath");
		return this.files.get(CUSTOM_UPLOAD_LINK, Map.of("path", path)).map((body) -> {
			JsonNode dirent = dirent(body);
			return new CustomUploadLink(required(dirent, "upload_link", CUSTOM_UPLOAD_LINK),
					required(dirent, "parent_path", CUSTOM_UPLOAD_LINK), dirent.path("relative_path").asString(path),
					JsonFields.textOrNull(dirent, "workspace_id"));
		});
	}

	@Override
	public Mono<URI> getCustomDownloadLink(String filePath) {
		String path = customPath(filePath, "filePath");
		return this.files.get(CUSTOM_DOWNLOAD_LINK, Map.of("path", path))
			.map((body) -> link(dirent(body), CUSTOM_DOWNLOAD_LINK));
	}

	@Override
	public Mono<UploadedAsset> uploadToCustomFolder(String folderPath, String fileName, Resource content) {
		String path = customPath(folderPath, "folderPath");
		requireFileName(fileName);
		Flux<DataBuffer> data = resource(content);
		return getCustomUploadLink(path)
			.flatMap((link) -> upload(link.uploadLink(), link.parentPath(), link.relativePath(), fileName, data, false))
			.flatMap((uploaded) -> getCustomFileMetadata(path, uploaded.name()))
			.map((metadata) -> {
				if (metadata.uuid() == null) {
					throw Responses.malformed("no dirent.uuid");
				}
				int dot = metadata.name().lastIndexOf('.');
				String extension = (dot >= 0) ? metadata.name().substring(dot) : "";
				return new UploadedAsset(metadata.name(), metadata.size(), FileKind.FILE,
						"custom-asset://" + metadata.uuid() + extension);
			});
	}

	private static Flux<DataBuffer> resource(Resource content) {
		Assert.notNull(content, "content must not be null");
		Assert.isTrue(content.exists(), () -> "content " + content.getDescription() + " does not exist");
		// a file is read with an asynchronous channel; any other resource through its
		// stream, off the event loop
		return DataBufferUtils.read(content, DefaultDataBufferFactory.sharedInstance, CHUNK)
			.subscribeOn(Schedulers.boundedElastic());
	}

	private static Flux<DataBuffer> path(Path content) {
		Assert.notNull(content, "content must not be null");
		Assert.isTrue(Files.isRegularFile(content), () -> "content " + content + " is not a readable file");
		return DataBufferUtils.read(content, DefaultDataBufferFactory.sharedInstance, CHUNK)
			.subscribeOn(Schedulers.boundedElastic());
	}

	/** The spec's asset path, from an asset path or a cell's URL. */
	static String assetPath(String pathOrUrl) {
		Assert.hasText(pathOrUrl, "path must not be empty");
		Matcher url = ASSET_URL.matcher(pathOrUrl);
		String path = url.matches() ? UriUtils.decode(url.group(1), StandardCharsets.UTF_8) : pathOrUrl;
		Assert.isTrue(ASSET_PATH.matcher(path).matches(), () -> "'" + pathOrUrl
				+ "' is not an asset path like /files/2021-03/report.pdf or /images/2021-03/logo.png, nor a cell URL");
		return path;
	}

	private static String customPath(String path, String what) {
		Assert.hasText(path, () -> what + " must not be empty");
		return path.startsWith("/") ? path : "/" + path;
	}

	private static void requireFileName(String fileName) {
		Assert.hasText(fileName, "fileName must not be empty");
		Assert.isTrue(fileName.indexOf('/') < 0 && fileName.indexOf('\\') < 0,
				() -> "fileName '" + fileName + "' must not contain a path separator");
	}

	private static void requireCell(String table, String rowId, String column) {
		Assert.hasText(table, "table must not be empty");
		Assert.isTrue(rowId != null && ROW_ID.matcher(rowId).matches(), () -> "'" + rowId
				+ "' is not a SeaTable row id (22 characters of A-Z, a-z, 0-9, '-' and '_', as in row.id())");
		Assert.hasText(column, "column must not be empty");
	}

	private static JsonNode dirent(JsonNode body) {
		// the spec wraps the answer in "dirent"; SeaTable's Python client reads some of
		// them unwrapped
		return body.path("dirent").isObject() ? body.path("dirent") : body;
	}

	private static URI link(JsonNode body, String path) {
		String link = required(body, "download_link", path);
		try {
			return URI.create(link);
		}
		catch (IllegalArgumentException ex) {
			throw Responses.malformed("a download_link that is not a URL");
		}
	}

	private static boolean success(JsonNode body, String path) {
		JsonNode success = body.path("success");
		if (success.isBoolean() && !success.booleanValue()) {
			throw new SeaTableException("SeaTable did not delete the asset " + path);
		}
		return true;
	}

	private static List<String> names(JsonNode entries) {
		List<String> names = new ArrayList<>();
		for (JsonNode entry : entries) {
			JsonNode name = entry.isObject() ? entry.path("name") : entry;
			if (name.isString()) {
				names.add(name.stringValue());
			}
		}
		return names;
	}

	private static @Nullable OffsetDateTime dateTime(JsonNode node) {
		if (node.isNumber()) {
			return Instant.ofEpochSecond(node.asLong()).atOffset(ZoneOffset.UTC);
		}
		if (!node.isString()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(node.stringValue());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String required(JsonNode body, String field, String path) {
		JsonNode value = body.path(field);
		if (!value.isString() || value.stringValue().isBlank()) {
			throw Responses.malformed("no " + field);
		}
		return value.stringValue();
	}

	private static String trimSlashes(String path) {
		int start = 0;
		int end = path.length();
		while (start < end && path.charAt(start) == '/') {
			start++;
		}
		while (end > start && path.charAt(end - 1) == '/') {
			end--;
		}
		return path.substring(start, end);
	}

}

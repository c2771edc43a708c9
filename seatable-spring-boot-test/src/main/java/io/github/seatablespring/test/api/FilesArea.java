package io.github.seatablespring.test.api;

import java.net.URLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.seatablespring.test.http.Multipart;
import io.github.seatablespring.test.http.Reply;
import io.github.seatablespring.test.store.Assets;
import io.github.seatablespring.test.store.Assets.Asset;
import io.github.seatablespring.test.store.BaseStore;
import io.github.seatablespring.test.store.EmulatedError;
import org.jspecify.annotations.Nullable;

/**
 * Files kept in memory: upload links and uploads ({@code multipart/form-data}, as the
 * file server takes them), download links and downloads, asset deletion and the custom
 * folder. Links are random tokens valid until the emulator stops.
 */
final class FilesArea implements Area {

	private static final String APP = "/api/v2.1/dtable/";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private static final DateTimeFormatter LAST_UPDATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	/** Upload link token to the base it uploads to. */
	private final Map<String, String> uploads = new ConcurrentHashMap<>();

	/** Download link token to the base and path it reads. */
	private final Map<String, List<String>> downloads = new ConcurrentHashMap<>();

	@Override
	public void register(RouteTable routes) {
		routes.get(APP + "app-upload-link/", Access.API_TOKEN, this::uploadLink)
			.post("/seafhttp/upload-api/{token}", Access.PUBLIC, this::upload)
			.get(APP + "app-download-link/", Access.API_TOKEN, (call) -> {
				String path = call.requiredQuery("path");
				if (call.base().assets().get(path) == null) {
					throw new EmulatedError(400, "error_msg", "path " + path + " not found.");
				}
				return Map.of("download_link", downloadLink(call, path));
			})
			.get("/seafhttp/files/{token}/{file_path}", Access.PUBLIC, this::download)
			.get("/workspace/{workspace_id}/asset/{base_uuid}/{file_path}", Access.PUBLIC, this::asset)
			.delete(APP + "app-asset/", Access.API_TOKEN, (call) -> {
				if (!call.base().assets().delete(call.requiredQuery("path"))) {
					throw new EmulatedError(404, "error_msg", "File not found.");
				}
				return Map.of("success", true);
			})
			.get(APP + "custom/app-asset-dir/", Access.API_TOKEN, (call) -> {
				Assets.Listing listing = call.base().assets().list(custom(call.requiredQuery("path")));
				return Map.of("dir", names(listing.folders()), "file", names(listing.files()));
			})
			.get(APP + "custom/app-asset-file/", Access.API_TOKEN, (call) -> {
				String folder = custom(call.requiredQuery("path"));
				Asset asset = call.base().assets().get(folder + "/" + call.requiredQuery("name"));
				if (asset == null) {
					throw new EmulatedError(404, "error_msg", "File not found.");
				}
				Map<String, Object> dirent = new LinkedHashMap<>();
				dirent.put("is_file", true);
				dirent.put("obj_name", asset.name());
				dirent.put("file_size", asset.content().length);
				dirent.put("last_update", LAST_UPDATE.format(asset.updated().atOffset(ZoneOffset.UTC)));
				dirent.put("uuid", asset.uuid());
				return Map.of("dirent", dirent);
			})
			.delete(APP + "custom/app-asset-file/", Access.API_TOKEN, (call) -> {
				if (!call.base().assets().delete(custom(call.requiredQuery("path")))) {
					throw new EmulatedError(404, "error_msg", "File not found.");
				}
				return Map.of("success", true);
			})
			.get(APP + "custom/app-upload-link/", Access.API_TOKEN, (call) -> {
				Map<String, Object> dirent = new LinkedHashMap<>();
				dirent.put("upload_link", newUploadLink(call));
				dirent.put("workspace_id", 1);
				dirent.put("parent_path", "/asset/" + call.base().uuid() + "/custom");
				dirent.put("relative_path", call.requiredQuery("path"));
				return Map.of("dirent", dirent);
			})
			.get(APP + "custom/app-download-link/", Access.API_TOKEN, (call) -> {
				String path = custom(call.requiredQuery("path"));
				if (call.base().assets().get(path) == null) {
					throw new EmulatedError(404, "error_msg", "File not found.");
				}
				return Map.of("dirent", Map.of("download_link", downloadLink(call, path)));
			});
	}

	private Object uploadLink(Call call) {
		String month = MONTH.format(call.server().clock().instant().atOffset(ZoneOffset.UTC));
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("upload_link", newUploadLink(call));
		link.put("workspace_id", 1);
		link.put("parent_path", "/asset/" + call.base().uuid());
		link.put("img_relative_path", "images/" + month);
		link.put("file_relative_path", "files/" + month);
		return link;
	}

	private String newUploadLink(Call call) {
		String token = UUID.randomUUID().toString();
		this.uploads.put(token, call.base().uuid());
		return call.server().serverUrl() + "/seafhttp/upload-api/" + token;
	}

	private Object upload(Call call) {
		String uuid = this.uploads.get(call.variable("token"));
		BaseStore base = (uuid != null) ? call.server().base(uuid) : null;
		if (base == null) {
			throw new EmulatedError(403, "error_msg", "Access token not found.");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		List<Multipart.Part> files = new ArrayList<>();
		for (Multipart.Part part : call.request().parts()) {
			if (part.fileName() != null) {
				files.add(part);
			}
			else {
				fields.put(part.name(), part.text());
			}
		}
		String parent = fields.getOrDefault("parent_dir", "");
		String prefix = "/asset/" + base.uuid();
		if (!parent.startsWith(prefix) || files.isEmpty()) {
			throw new EmulatedError(400, "error_msg", "parent_dir or file invalid.");
		}
		String folder = join(parent.substring(prefix.length()), fields.getOrDefault("relative_path", ""));
		List<Object> answer = new ArrayList<>();
		for (Multipart.Part file : files) {
			Asset asset = base.assets().put(folder, file.fileName(), file.content(), "1".equals(fields.get("replace")));
			answer
				.add(Map.of("name", asset.name(), "id", asset.uuid().replace("-", ""), "size", asset.content().length));
		}
		return answer;
	}

	private String downloadLink(Call call, String path) {
		String token = UUID.randomUUID().toString();
		this.downloads.put(token, List.of(call.base().uuid(), path));
		String name = path.substring(path.lastIndexOf('/') + 1);
		return call.server().serverUrl() + "/seafhttp/files/" + token + "/"
				+ URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private Object download(Call call) {
		List<String> target = this.downloads.get(call.variable("token"));
		BaseStore base = (target != null) ? call.server().base(target.get(0)) : null;
		Asset asset = (base != null) ? base.assets().get(target.get(1)) : null;
		return file(asset);
	}

	private Object asset(Call call) {
		BaseStore base = call.server().base(call.variable("base_uuid"));
		return file((base != null) ? base.assets().get("/" + call.variable("file_path")) : null);
	}

	private static Reply file(@Nullable Asset asset) {
		if (asset == null) {
			throw new EmulatedError(404, "error_msg", "File not found.");
		}
		String type = URLConnection.guessContentTypeFromName(asset.name());
		return Reply.bytes((type != null) ? type : "application/octet-stream", asset.content());
	}

	/** A custom-folder path ({@code /Invoices}) as stored ({@code /custom/Invoices}). */
	private static String custom(String path) {
		return join("/custom", path);
	}

	private static String join(String folder, String relative) {
		String joined = (folder + "/" + relative).replaceAll("/+", "/");
		return (joined.length() > 1 && joined.endsWith("/")) ? joined.substring(0, joined.length() - 1) : joined;
	}

	private static List<Object> names(List<String> names) {
		return names.stream().map((name) -> (Object) Map.of("name", name)).toList();
	}

}

package io.github.seatablespring.test.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A base's files, kept in memory by path: assets ({@code /files/2025-01/a.pdf},
 * {@code /images/2025-01/b.png}) and the custom folder ({@code /custom/...}).
 */
public final class Assets {

	private final Clock clock;

	private final Map<String, Asset> files = new TreeMap<>();

	Assets(Clock clock) {
		this.clock = clock;
	}

	/**
	 * A stored file.
	 *
	 * @param path its path in the base, from the base's root
	 * @param content its bytes
	 * @param uuid the id SeaTable gives custom-folder files
	 * @param updated when it was written
	 */
	public record Asset(String path, byte[] content, String uuid, Instant updated) {

		public String name() {
			return this.path.substring(this.path.lastIndexOf('/') + 1);
		}

	}

	/** Stores a file, under a free name ({@code a(1).pdf}) unless {@code replace}. */
	public synchronized Asset put(String folder, String name, byte[] content, boolean replace) {
		String dir = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
		String path = dir + "/" + name;
		if (!replace) {
			int dot = name.lastIndexOf('.');
			String stem = (dot > 0) ? name.substring(0, dot) : name;
			String extension = (dot > 0) ? name.substring(dot) : "";
			for (int i = 1; this.files.containsKey(path); i++) {
				path = dir + "/" + stem + "(" + i + ")" + extension;
			}
		}
		Asset asset = new Asset(path, content.clone(), UUID.randomUUID().toString(), this.clock.instant());
		this.files.put(path, asset);
		return asset;
	}

	public synchronized @Nullable Asset get(String path) {
		return this.files.get(path);
	}

	public synchronized boolean delete(String path) {
		return this.files.remove(path) != null;
	}

	/** The names of the folders and of the files directly inside {@code folder}. */
	public synchronized Listing list(String folder) {
		String prefix = folder.endsWith("/") ? folder : folder + "/";
		List<String> dirs = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (String path : this.files.keySet()) {
			if (path.startsWith(prefix)) {
				String rest = path.substring(prefix.length());
				int slash = rest.indexOf('/');
				if (slash < 0) {
					names.add(rest);
				}
				else if (!dirs.contains(rest.substring(0, slash))) {
					dirs.add(rest.substring(0, slash));
				}
			}
		}
		return new Listing(dirs, names);
	}

	synchronized void clear() {
		this.files.clear();
	}

	/**
	 * A folder's content.
	 *
	 * @param folders the names of its folders
	 * @param files the names of its files
	 */
	public record Listing(List<String> folders, List<String> files) {
	}

}

package io.github.seatablespring.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An uploaded asset, ready to be put into a file or image cell.
 *
 * @param name the stored file name
 * @param size the size in bytes
 * @param kind whether it belongs into a file or an image column
 * @param url the asset's URL,
 * {@code {server}/workspace/{workspace_id}/asset/{base_uuid}/files/YYYY-MM/{name}} (or
 * {@code custom-asset://{uuid}.{ext}} for a custom folder)
 */
public record UploadedAsset(String name, long size, FileKind kind, String url) {

	/**
	 * One element of the cell's list: for a file column the object {@code {name, size,
	 * type: "file", url}}, for an image column the URL string. A cell holds a list of
	 * these: {@code row.put("Attachments", List.of(value.cellValue()))}.
	 */
	public Object cellValue() {
		if (this.kind == FileKind.IMAGE) {
			return this.url;
		}
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("name", this.name);
		file.put("size", this.size);
		file.put("type", "file");
		file.put("url", this.url);
		return file;
	}

}

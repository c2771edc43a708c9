package io.github.seatablespring.model;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code getCustomUploadLink}: where to upload a file into a custom folder
 * of a base. The link is valid for a short time only and is itself the upload's
 * credential.
 *
 * @param uploadLink the file server URL to post the file to
 * @param parentPath the base's custom folder root, sent as {@code parent_dir}
 * @param relativePath the folder below it, sent as {@code relative_path}
 * @param workspaceId the base's workspace
 */
public record CustomUploadLink(String uploadLink, String parentPath, String relativePath,
		@Nullable String workspaceId) {

	@Override
	public String toString() {
		return "CustomUploadLink[uploadLink=<redacted>, parentPath=" + this.parentPath + ", relativePath="
				+ this.relativePath + ", workspaceId=" + this.workspaceId + "]";
	}

}

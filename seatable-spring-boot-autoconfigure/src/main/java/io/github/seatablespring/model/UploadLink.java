package io.github.seatablespring.model;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code getUploadLink}: where to upload a base's file or image. The link
 * is valid for a few minutes only and is itself the upload's credential.
 *
 * @param uploadLink the file server URL to post the file to
 * @param parentPath the base's asset folder, sent as {@code parent_dir}
 * @param imageRelativePath folder for images, for example {@code images/2021-08}
 * @param fileRelativePath folder for files, for example {@code files/2021-08}
 * @param workspaceId the base's workspace, part of an uploaded asset's URL
 */
public record UploadLink(String uploadLink, String parentPath, String imageRelativePath, String fileRelativePath,
		@Nullable String workspaceId) {

	/** The folder for this kind of upload. */
	public String relativePath(FileKind kind) {
		return (kind == FileKind.IMAGE) ? this.imageRelativePath : this.fileRelativePath;
	}

	@Override
	public String toString() {
		return "UploadLink[uploadLink=<redacted>, parentPath=" + this.parentPath + ", imageRelativePath="
				+ this.imageRelativePath + ", fileRelativePath=" + this.fileRelativePath + ", workspaceId="
				+ this.workspaceId + "]";
	}

}

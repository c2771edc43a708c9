package io.github.seatablespring.model;

import org.jspecify.annotations.Nullable;

/**
 * One file of the file server's answer to an upload ({@code uploadFile}).
 *
 * @param name the stored name; differs from the sent name ({@code name(1).ext}) when a
 * file of that name existed and was not replaced
 * @param id the file's content id, if given
 * @param size the size in bytes
 */
public record UploadedFile(String name, @Nullable String id, long size) {
}

package io.github.seatablespring.model;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A file in a custom folder ({@code getCustomFileMetadata}).
 *
 * @param name the file name
 * @param size the size in bytes
 * @param lastUpdate the last modification, if readable
 * @param uuid the asset's id, used in {@code custom-asset://{uuid}.{ext}} cell URLs
 * @param file whether the entry is a file (not a folder)
 */
public record CustomFileMetadata(String name, long size, @Nullable OffsetDateTime lastUpdate, @Nullable String uuid,
		boolean file) {
}

package io.github.seatablespring.account.model;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A stored snapshot of a base.
 *
 * @param baseName the base's file name, for example {@code Example.dtable}
 * @param commitId the commit the snapshot holds, which restoring takes
 * @param createdAt when it was taken
 */
public record BaseSnapshot(String baseName, String commitId, @Nullable OffsetDateTime createdAt) {
}

package io.github.seatablespring.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a base, as SeaTable reports it after creating one.
 *
 * @param status SeaTable's status of the request, {@code created} when a snapshot was
 * taken
 * @param baseUuid the UUID of the base ({@code dtable_uuid}); empty when SeaTable sent no
 * snapshot
 * @param baseName the base's file name ({@code dtable_name}), for example
 * {@code Example.dtable}
 * @param commitId the commit the snapshot holds
 * @param createdAt when it was taken ({@code ctime}), or {@code null} when SeaTable sent
 * no timestamp
 */
public record Snapshot(String status, String baseUuid, String baseName, String commitId, @Nullable Instant createdAt) {
}

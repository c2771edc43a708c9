package io.github.seatablespring.account.model;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A base as the account operations describe it (SeaTable calls it a {@code dtable}).
 *
 * @param id the base's numeric id
 * @param workspaceId the workspace it lives in
 * @param uuid the base's UUID ({@code dtable_uuid})
 * @param name the base's name, unique in its workspace
 * @param creator who created it (display name)
 * @param modifier who changed it last (display name)
 * @param createdAt when it was created
 * @param updatedAt when it was changed last
 * @param color its colour, if set
 * @param icon its icon, if set
 */
public record BaseInfo(long id, long workspaceId, String uuid, String name, String creator, String modifier,
		@Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt, @Nullable String color,
		@Nullable String icon) {
}

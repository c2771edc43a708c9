package io.github.seatablespring.model;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A comment on a row.
 *
 * @param id the comment id, for {@code comments().get(id)} and
 * {@code comments().delete(id)}
 * @param author the username ({@code ...@auth.local}) of whoever wrote it
 * @param comment the text
 * @param baseUuid the UUID of the base ({@code dtable_uuid})
 * @param rowId the id of the commented row
 * @param createdAt when it was written, or {@code null} when SeaTable's value is no
 * timestamp
 * @param updatedAt when it was last edited, or {@code null} when SeaTable's value is no
 * timestamp
 * @param resolved whether it was marked as resolved
 */
public record Comment(long id, String author, String comment, String baseUuid, String rowId,
		@Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt, boolean resolved) {
}

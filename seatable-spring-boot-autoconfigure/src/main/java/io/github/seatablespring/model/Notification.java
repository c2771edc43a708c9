package io.github.seatablespring.model;

import java.time.OffsetDateTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A notification of a base, for example about a comment or about being selected as
 * collaborator in a row.
 *
 * @param id the notification id, for {@code notifications().markSeen(id, seen)}
 * @param username the username ({@code ...@auth.local}) it is addressed to
 * @param type SeaTable's {@code msg_type}, for example {@code row_comment} or
 * {@code selected_collaborator}
 * @param createdAt when it was sent, or {@code null} when SeaTable's value is no
 * timestamp
 * @param detail the type-specific details ({@code author}, {@code table_id},
 * {@code row_id}, ...)
 * @param seen whether it was marked as seen (read)
 */
public record Notification(long id, String username, String type, @Nullable OffsetDateTime createdAt,
		Map<String, @Nullable Object> detail, boolean seen) {

	public Notification {
		detail = Maps.orderedCopy(detail);
	}

}

package io.github.seatablespring.account.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A group the account belongs to.
 *
 * @param id the group id
 * @param name its name
 * @param owner its owner's user id
 * @param createdAt when it was created
 * @param admins the user ids of its administrators
 * @param parentGroupId the parent group, 0 for none
 */
public record Group(long id, String name, String owner, @Nullable OffsetDateTime createdAt, List<String> admins,
		long parentGroupId) {
}

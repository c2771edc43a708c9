package io.github.seatablespring.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An entry of a base's big-data operation log.
 *
 * @param id the operation id, to restore it with {@code bigData().restoreOperation(id)}
 * @param type the operation type, for example {@code add_row} or {@code update_links}
 * @param author the user who made it, for example {@code ...@auth.local}
 * @param time when it was made, or {@code null} when the log does not say
 * @param details the operation's details as the JSON text SeaTable stores
 */
public record BigDataOperation(long id, String type, String author, @Nullable Instant time, String details) {
}

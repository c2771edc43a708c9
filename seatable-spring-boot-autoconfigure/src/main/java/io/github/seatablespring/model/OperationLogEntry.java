package io.github.seatablespring.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a base's operation log: a change someone (or an app) made to the base.
 *
 * @param opId the operation id
 * @param author the username ({@code ...@auth.local}) of whoever made the change
 * @param app the app that made it, or an empty string for changes made by a user
 * @param opTime when it happened, or {@code null} when SeaTable's value is no timestamp
 * @param type the operation's {@code op_type}, for example {@code insert_row} or
 * {@code delete_column}; empty when {@code operation} holds no such field
 * @param operation the operation as SeaTable logged it, a JSON document in a string
 */
public record OperationLogEntry(long opId, String author, String app, @Nullable Instant opTime, String type,
		String operation) {
}

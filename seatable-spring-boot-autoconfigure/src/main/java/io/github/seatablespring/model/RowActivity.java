package io.github.seatablespring.model;

import java.time.OffsetDateTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One change to a row, as its activity list shows it.
 *
 * @param id the activity id
 * @param rowId the row's id
 * @param user the username ({@code ...@auth.local}) of whoever changed it
 * ({@code op_user})
 * @param type the change ({@code op_type}), for example {@code insert_row} or
 * {@code modify_row}
 * @param time when it happened, or {@code null} when SeaTable's value is no timestamp
 * @param app the app that made the change, or an empty string
 * @param detail the details: {@code table_id}, {@code table_name}, {@code row_name} and
 * the changed cells in {@code row_data}
 */
public record RowActivity(long id, String rowId, String user, String type, @Nullable OffsetDateTime time, String app,
		Map<String, @Nullable Object> detail) {

	public RowActivity {
		detail = Maps.orderedCopy(detail);
	}

}

package io.github.seatablespring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One linked row in a {@code link} cell: {@code {"row_id": "...", "display_value": "..."}}.
 *
 * @param rowId the id of the linked row
 * @param displayValue the linked row's display column as SeaTable sends it: usually text, but a
 * number or a list when the display column is of such a type (kept as sent, so nothing is lost)
 */
public record LinkValue(@JsonProperty("row_id") String rowId,
		@JsonProperty("display_value") @Nullable Object displayValue) {

	/** The display value as text, or {@code null}. */
	public @Nullable String displayText() {
		return (this.displayValue != null) ? this.displayValue.toString() : null;
	}

}

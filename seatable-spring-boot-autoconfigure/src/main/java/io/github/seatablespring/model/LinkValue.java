package io.github.seatablespring.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One linked row in a {@code link} cell: {@code {"row_id": "...", "display_value":
 * "..."}}.
 *
 * <p>
 * A link cell in the rows of {@code listRows}, {@code getRow} or SQL results carries only
 * the first 50 links of the cell; read all of them with
 * {@code links().streamLinkedRows(...)}.
 *
 * @param rowId the id of the linked row
 * @param displayValue the linked row's display column as SeaTable sends it: usually text,
 * but a number or a list when the display column is of such a type (kept as sent, so
 * nothing is lost)
 */
public record LinkValue(@JsonProperty("row_id") String rowId,
		@JsonProperty("display_value") @Nullable Object displayValue) {

	/** The display value as text, or {@code null} when there is none. */
	public @Nullable String displayText() {
		return (this.displayValue != null) ? this.displayValue.toString() : null;
	}

	/**
	 * The links in a link cell of a {@link Row}, for example
	 * {@code LinkValue.fromCell(row.get("Contacts"))}. Entries that are not objects with
	 * a {@code row_id} are skipped; anything but a list gives an empty list.
	 */
	public static List<LinkValue> fromCell(@Nullable Object cell) {
		List<LinkValue> links = new ArrayList<>();
		if (cell instanceof List<?> entries) {
			for (Object entry : entries) {
				if (entry instanceof Map<?, ?> link && link.get("row_id") != null) {
					links.add(new LinkValue(link.get("row_id").toString(), link.get("display_value")));
				}
			}
		}
		return links;
	}

}

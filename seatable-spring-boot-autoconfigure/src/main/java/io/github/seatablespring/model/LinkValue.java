package io.github.seatablespring.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One linked row as a link cell holds it: the linked row's id and the value of its display column.
 *
 * <p>A link cell in the rows of {@code listRows}, {@code getRow} or SQL results carries only the
 * first links of the cell; read all of them with {@code links().streamLinkedRows(...)}.
 *
 * @param rowId the id of the linked row
 * @param displayValue the linked row's display value as JSON gave it (a string, number, list, ...),
 * or {@code null}
 */
public record LinkValue(String rowId, @Nullable Object displayValue) {

	/** The display value as text; empty when there is none. */
	public String displayText() {
		return (this.displayValue != null) ? this.displayValue.toString() : "";
	}

	/**
	 * The links in a link cell of a {@link Row}, for example {@code LinkValue.fromCell(row.get("Contacts"))}.
	 * Entries that are not objects with a {@code row_id} are skipped; anything but a list gives an
	 * empty list.
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

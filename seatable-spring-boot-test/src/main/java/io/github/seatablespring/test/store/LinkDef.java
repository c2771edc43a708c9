package io.github.seatablespring.test.store;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The links of one link id: pairs of (row of the table, row of the other table), oldest
 * first.
 *
 * @param id the link id
 * @param tableId the id of the table whose column created the link
 * @param otherTableId the id of the linked table
 * @param pairs the linked row pairs
 */
public record LinkDef(String id, String tableId, String otherTableId, LinkedHashSet<List<String>> pairs) {

	LinkDef(String id, String tableId, String otherTableId) {
		this(id, tableId, otherTableId, new LinkedHashSet<>());
	}

	/**
	 * Whether {@code tableId} is this link's other side, so pairs read right to left from
	 * it.
	 */
	boolean reversedFrom(String tableId) {
		return !this.tableId.equals(tableId);
	}

}

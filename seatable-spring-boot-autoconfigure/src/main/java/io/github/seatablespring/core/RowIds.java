package io.github.seatablespring.core;

import java.util.Collection;
import java.util.List;

import org.springframework.util.Assert;

/**
 * Checks row ids before a request goes out, so that a typo fails at the call and not on
 * the server.
 */
final class RowIds {

	private static final int LENGTH = 22;

	private RowIds() {
	}

	static void require(String rowId) {
		Assert.isTrue(isRowId(rowId), () -> "'" + rowId
				+ "' is not a SeaTable row id (22 characters of A-Z, a-z, 0-9, '-' and '_', as in row.id())");
	}

	/** Checked by hand: it runs for every row id of every call, where a regex costs. */
	private static boolean isRowId(String rowId) {
		if (rowId == null || rowId.length() != LENGTH) {
			return false;
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = rowId.charAt(i);
			boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_';
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	/** An immutable copy of {@code rowIds}, each of them checked. */
	static List<String> requireAll(Collection<String> rowIds, String what) {
		Assert.notNull(rowIds, () -> what + " must not be null");
		rowIds.forEach(RowIds::require);
		return List.copyOf(rowIds);
	}

}

package io.github.seatablespring.core;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.util.Assert;

/**
 * Checks row ids before a request goes out, so that a typo fails at the call and not on
 * the server.
 */
final class RowIds {

	private static final Pattern ROW_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

	private RowIds() {
	}

	static void require(String rowId) {
		Assert.isTrue(rowId != null && ROW_ID.matcher(rowId).matches(), () -> "'" + rowId
				+ "' is not a SeaTable row id (22 characters of A-Z, a-z, 0-9, '-' and '_', as in row.id())");
	}

	/** An immutable copy of {@code rowIds}, each of them checked. */
	static List<String> requireAll(Collection<String> rowIds, String what) {
		Assert.notNull(rowIds, () -> what + " must not be null");
		rowIds.forEach(RowIds::require);
		return List.copyOf(rowIds);
	}

}

package io.github.seatablespring.model;

import org.springframework.util.Assert;

/**
 * A pair of columns whose equal values make SeaTable link two rows automatically; one of
 * the {@code matching_keys} of an auto-link request.
 *
 * @param tableColumnKey the key of the column in the link's table ({@code table1_key})
 * @param otherTableColumnKey the key of the column in the link's other table
 * ({@code table2_key})
 */
public record ColumnMatch(String tableColumnKey, String otherTableColumnKey) {

	public ColumnMatch {
		Assert.hasText(tableColumnKey, "tableColumnKey must not be empty (a column key such as \"0000\")");
		Assert.hasText(otherTableColumnKey, "otherTableColumnKey must not be empty (a column key such as \"0000\")");
	}

}

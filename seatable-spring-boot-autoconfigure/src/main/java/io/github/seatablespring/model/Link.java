package io.github.seatablespring.model;

import org.springframework.util.Assert;

/**
 * The link between two tables that a link column stands for: what SeaTable needs to
 * create, update or delete links between rows. All three values are in the link column's
 * {@code data} in the metadata ({@code link_id}, {@code table_id},
 * {@code other_table_id}); the {@code link_id} is not the column key.
 *
 * @param linkId the link id, shared by the link columns on both sides
 * @param tableId the id of the table whose rows are the keys of a link map
 * @param otherTableId the id of the table whose rows are linked to them
 */
public record Link(String linkId, String tableId, String otherTableId) {

	public Link {
		Assert.hasText(linkId, "linkId must not be empty (the link_id in the link column's data, not its key)");
		Assert.hasText(tableId, "tableId must not be empty");
		Assert.hasText(otherTableId, "otherTableId must not be empty");
	}

}

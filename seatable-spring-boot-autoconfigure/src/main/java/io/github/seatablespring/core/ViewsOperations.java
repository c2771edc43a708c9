package io.github.seatablespring.core;

import java.util.List;

import io.github.seatablespring.model.ViewDetails;
import io.github.seatablespring.model.ViewUpdate;

/**
 * Operations on the views of a table (list, get, create, update, delete); reached with
 * {@code seaTable.views()}.
 *
 * @see ReactiveViewsOperations
 */
public interface ViewsOperations {

	/** The views of a table with their settings. */
	List<ViewDetails> list(String table);

	/** One view of a table with its settings. */
	ViewDetails get(String table, String view);

	/** Creates a normal, unlocked view; set it up with {@link #update}. */
	ViewDetails create(String table, String name);

	/**
	 * Creates a view of this type: {@code table} for a normal view, {@code archive} for a
	 * view on the archived (big data) rows.
	 */
	ViewDetails create(String table, String name, String type, boolean locked);

	/** Changes the settings the update names; others stay as they are. */
	ViewDetails update(String table, String view, ViewUpdate update);

	/** Deletes a view. */
	void delete(String table, String view);

}

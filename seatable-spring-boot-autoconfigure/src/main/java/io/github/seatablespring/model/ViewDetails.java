package io.github.seatablespring.model;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A view with its settings, as the views endpoints describe it. Filters, sorts and
 * group-bys are kept as SeaTable sends them (objects with {@code column_key},
 * {@code filter_predicate}, {@code sort_type}, ...).
 *
 * @param id the view id
 * @param name the view name
 * @param type the view type: {@code table}, or {@code archive} for a big-data view
 * @param locked whether the view's settings are locked
 * @param filterConjunction how the filters combine, {@code And} or {@code Or}
 * @param filters the filters
 * @param sorts the sorts
 * @param groupbys the group-bys
 * @param hiddenColumns the keys of the columns the view hides
 */
public record ViewDetails(String id, String name, String type, boolean locked, String filterConjunction,
		List<Map<String, @Nullable Object>> filters, List<Map<String, @Nullable Object>> sorts,
		List<Map<String, @Nullable Object>> groupbys, List<String> hiddenColumns) {

	public ViewDetails {
		filters = copy(filters);
		sorts = copy(sorts);
		groupbys = copy(groupbys);
		hiddenColumns = List.copyOf(hiddenColumns);
	}

	/** The view as the metadata lists it: id, name and type. */
	public View toView() {
		return new View(this.id, this.name, this.type);
	}

	private static List<Map<String, @Nullable Object>> copy(List<Map<String, @Nullable Object>> settings) {
		// filter terms may be null, which Map.copyOf refuses
		return settings.stream().map(Maps::orderedCopy).toList();
	}

}

package io.github.seatablespring.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The settings to change on a view; settings not named stay as they are. Immutable: every
 * method returns a new update, for example
 * {@code ViewUpdate.empty().name("Open").filterConjunction("And").filters(List.of(Map.of(...)))}.
 */
public final class ViewUpdate {

	// SeaTable keeps a setting that is sent as an empty list; [{}] is how it clears one
	private static final List<Map<String, Object>> CLEARED = List.of(Map.of());

	private final Map<String, @Nullable Object> body;

	private ViewUpdate(Map<String, @Nullable Object> body) {
		this.body = body;
	}

	/** An update that changes nothing yet. */
	public static ViewUpdate empty() {
		return new ViewUpdate(Map.of());
	}

	/** Renames the view. */
	public ViewUpdate name(String name) {
		Assert.hasText(name, "view name must not be empty");
		return with("name", name);
	}

	/** Locks or unlocks the view's settings. */
	public ViewUpdate locked(boolean locked) {
		return with("is_locked", locked);
	}

	/**
	 * Replaces the filters, objects such as {@code {column_key, filter_predicate,
	 * filter_term}}.
	 */
	public ViewUpdate filters(List<? extends Map<String, ?>> filters) {
		Assert.notEmpty(filters, "filters must not be empty; use clearFilters() to remove them");
		return with("filters", List.copyOf(filters));
	}

	/** How the filters combine: {@code And} or {@code Or}. */
	public ViewUpdate filterConjunction(String conjunction) {
		Assert.isTrue("And".equals(conjunction) || "Or".equals(conjunction),
				() -> "filter conjunction must be 'And' or 'Or', not '" + conjunction + "'");
		return with("filter_conjunction", conjunction);
	}

	/** Replaces the sorts, objects such as {@code {column_key, sort_type: up|down}}. */
	public ViewUpdate sorts(List<? extends Map<String, ?>> sorts) {
		Assert.notEmpty(sorts, "sorts must not be empty; use clearSorts() to remove them");
		return with("sorts", List.copyOf(sorts));
	}

	/**
	 * Replaces the group-bys, objects such as {@code {column_key, sort_type: up|down}}.
	 */
	public ViewUpdate groupbys(List<? extends Map<String, ?>> groupbys) {
		Assert.notEmpty(groupbys, "group-bys must not be empty; use clearGroupbys() to remove them");
		return with("groupbys", List.copyOf(groupbys));
	}

	/** Hides exactly these columns (by key); an empty list shows every column. */
	public ViewUpdate hiddenColumns(List<String> columnKeys) {
		return with("hidden_columns", List.copyOf(columnKeys));
	}

	/** Removes every filter. */
	public ViewUpdate clearFilters() {
		return with("filters", CLEARED);
	}

	/** Removes every sort. */
	public ViewUpdate clearSorts() {
		return with("sorts", CLEARED);
	}

	/** Removes every group-by. */
	public ViewUpdate clearGroupbys() {
		return with("groupbys", CLEARED);
	}

	/** Sets any other field of SeaTable's update-view body. */
	public ViewUpdate with(String field, @Nullable Object value) {
		Assert.hasText(field, "field must not be empty");
		Map<String, @Nullable Object> copy = new LinkedHashMap<>(this.body);
		copy.put(field, value);
		return new ViewUpdate(Maps.orderedCopy(copy));
	}

	/** Whether the update changes nothing. */
	public boolean isEmpty() {
		return this.body.isEmpty();
	}

	/** The JSON body of the update-view request. */
	public Map<String, @Nullable Object> body() {
		return this.body;
	}

	@Override
	public String toString() {
		return "ViewUpdate" + this.body;
	}

}

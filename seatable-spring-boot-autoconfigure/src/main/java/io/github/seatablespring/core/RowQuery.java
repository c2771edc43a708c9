package io.github.seatablespring.core;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Which rows to list: a table, optionally a view, an order and a window. Immutable; each
 * method returns a new query.
 *
 * <pre class="code">
 * seaTable.listRows(RowQuery.table("Contacts").view("Adults").orderBy("Age", Direction.DESC).limit(100));
 * </pre>
 */
public final class RowQuery {

	/** SeaTable's maximum number of rows per list request. */
	public static final int MAX_LIMIT = 1000;

	/** The sort direction of {@link #orderBy(String, Direction)}. */
	public enum Direction {

		/** Smallest first. */
		ASC,

		/** Largest first. */
		DESC

	}

	private final String table;

	private final @Nullable String view;

	private final @Nullable String orderBy;

	private final @Nullable Direction direction;

	private final int start;

	private final int limit;

	private RowQuery(String table, @Nullable String view, @Nullable String orderBy, @Nullable Direction direction,
			int start, int limit) {
		this.table = table;
		this.view = view;
		this.orderBy = orderBy;
		this.direction = direction;
		this.start = start;
		this.limit = limit;
	}

	/** All rows of a table (by name or id), from the start, up to 1,000 per request. */
	public static RowQuery table(String table) {
		Assert.hasText(table, "table must not be empty");
		return new RowQuery(table, null, null, null, 0, MAX_LIMIT);
	}

	/** Only the rows of this view, and only its visible columns. */
	public RowQuery view(String view) {
		Assert.hasText(view, "view must not be empty");
		return new RowQuery(this.table, view, this.orderBy, this.direction, this.start, this.limit);
	}

	/** Sorted by this column, ascending. */
	public RowQuery orderBy(String column) {
		return orderBy(column, Direction.ASC);
	}

	/** Sorted by this column in the given direction. */
	public RowQuery orderBy(String column, Direction direction) {
		Assert.hasText(column, "orderBy column must not be empty");
		return new RowQuery(this.table, this.view, column, direction, this.start, this.limit);
	}

	/** Skip this many rows. */
	public RowQuery start(int start) {
		Assert.isTrue(start >= 0, () -> "start must not be negative, got " + start);
		return new RowQuery(this.table, this.view, this.orderBy, this.direction, start, this.limit);
	}

	/**
	 * Rows per request, 1 to 1,000. For {@code listRows} this is the page returned; for
	 * {@code streamRows} the page size used while reading every row.
	 */
	public RowQuery limit(int limit) {
		Assert.isTrue(limit >= 1 && limit <= MAX_LIMIT, () -> "limit must be between 1 and " + MAX_LIMIT
				+ " (SeaTable's maximum per request), got " + limit + "; use streamRows to read more rows");
		return new RowQuery(this.table, this.view, this.orderBy, this.direction, this.start, limit);
	}

	public String getTable() {
		return this.table;
	}

	public @Nullable String getView() {
		return this.view;
	}

	public @Nullable String getOrderBy() {
		return this.orderBy;
	}

	public @Nullable Direction getDirection() {
		return this.direction;
	}

	public int getStart() {
		return this.start;
	}

	public int getLimit() {
		return this.limit;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (this == other) || (other instanceof RowQuery query && this.table.equals(query.table)
				&& Objects.equals(this.view, query.view) && Objects.equals(this.orderBy, query.orderBy)
				&& this.direction == query.direction && this.start == query.start && this.limit == query.limit);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.table, this.view, this.orderBy, this.direction, this.start, this.limit);
	}

	@Override
	public String toString() {
		return "RowQuery[table=" + this.table + ", view=" + this.view + ", orderBy=" + this.orderBy + " "
				+ this.direction + ", start=" + this.start + ", limit=" + this.limit + "]";
	}

}

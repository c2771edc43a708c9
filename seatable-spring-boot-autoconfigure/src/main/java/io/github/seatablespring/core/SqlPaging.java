package io.github.seatablespring.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Plans how to read a {@code SELECT} in pages. SeaTable returns 100 rows when a statement has no
 * {@code LIMIT} and never more than 10,000 per request, silently. A statement without a limit, or
 * with one above 10,000, is therefore sent as consecutive {@code LIMIT/OFFSET} pages. Without an
 * {@code ORDER BY} the pages are ordered by {@code _id}, so that offsets stay stable; statements
 * whose rows have no {@code _id} (grouping, aggregates, {@code DISTINCT}, implicit joins) keep their
 * own order.
 */
final class SqlPaging {

	/** SeaTable's maximum number of rows per SQL request. */
	static final int MAX_PAGE = 10_000;

	private static final Pattern TRAILING_LIMIT = Pattern.compile(
			"\\s+LIMIT\\s+(\\d+)(?:\\s*,\\s*(\\d+))?(?:\\s+OFFSET\\s+(\\d+))?\\s*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern SELECT = Pattern.compile("^\\s*SELECT\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern ORDER_BY = Pattern.compile("\\bORDER\\s+BY\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern UNORDERABLE = Pattern.compile(
			"\\bGROUP\\s+BY\\b|\\bDISTINCT\\b|\\bFROM\\s+\\S+\\s*,|\\b(COUNT|SUM|AVG|MIN|MAX)\\s*\\(",
			Pattern.CASE_INSENSITIVE);

	private final String statement;

	private final boolean paged;

	private final long offset;

	private final @Nullable Long limit;

	private SqlPaging(String statement, boolean paged, long offset, @Nullable Long limit) {
		this.statement = statement;
		this.paged = paged;
		this.offset = offset;
		this.limit = limit;
	}

	static SqlPaging plan(String sql) {
		Assert.hasText(sql, "sql must not be empty");
		String statement = sql.strip();
		while (statement.endsWith(";")) {
			statement = statement.substring(0, statement.length() - 1).stripTrailing();
		}
		if (!SELECT.matcher(statement).find()) {
			return new SqlPaging(statement, false, 0, null);
		}
		Matcher limitClause = TRAILING_LIMIT.matcher(statement);
		long offset = 0;
		Long limit = null;
		if (limitClause.find()) {
			if (limitClause.group(2) != null) {
				// MySQL form: LIMIT offset, count
				offset = Long.parseLong(limitClause.group(1));
				limit = Long.parseLong(limitClause.group(2));
			}
			else {
				limit = Long.parseLong(limitClause.group(1));
				offset = (limitClause.group(3) != null) ? Long.parseLong(limitClause.group(3)) : 0;
			}
			if (limit <= MAX_PAGE) {
				return new SqlPaging(statement, false, 0, null);
			}
			statement = statement.substring(0, limitClause.start());
		}
		if (!ORDER_BY.matcher(statement).find() && !UNORDERABLE.matcher(statement).find()) {
			statement = statement + " ORDER BY _id";
		}
		return new SqlPaging(statement, true, offset, limit);
	}

	/** Whether the statement is read in pages; otherwise it is sent once, unchanged. */
	boolean isPaged() {
		return this.paged;
	}

	/** The statement of the page that starts after {@code fetched} rows. */
	String page(long fetched) {
		if (!this.paged) {
			return this.statement;
		}
		return this.statement + " LIMIT " + pageSize(fetched) + " OFFSET " + (this.offset + fetched);
	}

	/** Whether another page follows the page that started after {@code fetchedBefore} rows and held {@code rows}. */
	boolean hasMore(long fetchedBefore, int rows) {
		long fetched = fetchedBefore + rows;
		return this.paged && rows == pageSize(fetchedBefore) && (this.limit == null || fetched < this.limit);
	}

	long pageSize(long fetched) {
		return (this.limit != null) ? Math.min(MAX_PAGE, this.limit - fetched) : MAX_PAGE;
	}

	@Override
	public String toString() {
		return this.paged ? this.statement + " (in pages of " + MAX_PAGE + ")" : this.statement;
	}

}

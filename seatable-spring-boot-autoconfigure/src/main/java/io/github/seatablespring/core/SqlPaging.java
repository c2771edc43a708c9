package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.parser.CCJSqlParserTokenManager;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.SimpleCharStream;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Plans how to read a {@code SELECT} in pages. SeaTable returns 100 rows when a statement
 * has no {@code LIMIT} and never more than 10,000 per request, silently. A statement
 * without a limit, or with one above 10,000, is therefore sent as consecutive
 * {@code LIMIT/OFFSET} pages. Without an {@code ORDER BY} the pages are ordered by
 * {@code _id}, so that offsets stay stable; statements whose rows have no {@code _id}
 * (grouping, aggregates, {@code DISTINCT}, implicit joins) keep their own order.
 *
 * <p>
 * The statement is read by JSqlParser, not by pattern matching. Only a single plain
 * {@code SELECT} the planner fully understands is paged; anything else is sent once,
 * unchanged: a statement the parser rejects, {@code UNION}s and other set operations,
 * {@code WITH}, sub-queries, comments, and a {@code LIMIT} or {@code OFFSET} that is a
 * parameter ({@code LIMIT ?}) or not a plain number.
 */
final class SqlPaging {

	/** SeaTable's maximum number of rows per SQL request. */
	static final int MAX_PAGE = 10_000;

	private static final Set<String> AGGREGATES = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX");

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

	/**
	 * Plans {@code sql} after checking that it has one {@code ?} per parameter.
	 * @throws IllegalArgumentException if the counts differ
	 */
	static SqlPaging plan(String sql, int parameters) {
		String statement = statement(sql);
		List<Token> tokens = tokens(statement);
		if (tokens != null) {
			long placeholders = tokens.stream().filter((token) -> "?".equals(token.image)).count();
			Assert.isTrue(placeholders == parameters,
					() -> "sql has " + placeholders + " '?' placeholder" + ((placeholders == 1) ? "" : "s") + " but "
							+ parameters + " parameter" + ((parameters == 1) ? " was" : "s were") + " given");
		}
		return plan(statement, tokens);
	}

	static SqlPaging plan(String sql) {
		String statement = statement(sql);
		return plan(statement, tokens(statement));
	}

	/** The statement without surrounding whitespace and trailing semicolons. */
	private static String statement(String sql) {
		Assert.hasText(sql, "sql must not be empty");
		String statement = sql.strip();
		while (statement.endsWith(";")) {
			statement = statement.substring(0, statement.length() - 1).stripTrailing();
		}
		return statement;
	}

	private static SqlPaging plan(String statement, @Nullable List<Token> tokens) {
		SqlPaging unchanged = new SqlPaging(statement, false, 0, null);
		if (tokens == null || hasComment(tokens) || count(tokens, "SELECT") != 1) {
			return unchanged;
		}
		Statement parsed = parse(statement);
		if (!(parsed instanceof PlainSelect select) || select.getWithItemsList() != null || select.getFetch() != null
				|| select.getForMode() != null || select.getIntoTables() != null) {
			return unchanged;
		}
		Long limit = null;
		long offset = 0;
		if (select.getLimit() != null || select.getOffset() != null) {
			Long rowCount = number(select.getLimit());
			Long offsetValue = offset(select.getLimit(), select.getOffset());
			if ((select.getLimit() != null && rowCount == null) || offsetValue == null) {
				return unchanged;
			}
			if (rowCount != null && rowCount <= MAX_PAGE) {
				return unchanged;
			}
			limit = rowCount;
			offset = offsetValue;
			// the limit is replaced by the pages': the statement without it, as the
			// parser writes it
			select.setLimit(null);
			select.setOffset(null);
			statement = select.toString();
		}
		boolean unorderable = select.getGroupBy() != null || select.getDistinct() != null
				|| (select.getJoins() != null && !select.getJoins().isEmpty()) || hasAggregate(tokens);
		if (select.getOrderByElements() == null && !unorderable) {
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

	/**
	 * Whether another page follows the page that started after {@code fetchedBefore} rows
	 * and held {@code rows}.
	 */
	boolean hasMore(long fetchedBefore, int rows) {
		long fetched = fetchedBefore + rows;
		return this.paged && rows == pageSize(fetchedBefore) && (this.limit == null || fetched < this.limit);
	}

	long pageSize(long fetched) {
		return (this.limit != null) ? Math.min(MAX_PAGE, this.limit - fetched) : MAX_PAGE;
	}

	/**
	 * The statement's tokens (string literals and quoted names are one token each), or
	 * null if it cannot be read.
	 */
	private static @Nullable List<Token> tokens(String statement) {
		try {
			CCJSqlParserTokenManager tokenizer = new CCJSqlParserTokenManager(
					new SimpleCharStream(new StringProvider(statement)));
			List<Token> tokens = new ArrayList<>();
			for (Token token = tokenizer.getNextToken();; token = tokenizer.getNextToken()) {
				tokens.add(token);
				if (token.kind == 0) {
					// the end, which holds a trailing comment
					return tokens;
				}
			}
		}
		catch (RuntimeException | Error ex) {
			// the tokenizer reports characters it does not know with an Error
			return null;
		}
	}

	private static @Nullable Statement parse(String statement) {
		try {
			// on the calling thread: CCJSqlParserUtil.parse(String) would start one per
			// call
			return CCJSqlParserUtil.newParser(statement).Statement();
		}
		catch (Exception | Error ex) {
			return null;
		}
	}

	/**
	 * Comments are special tokens; text appended after a {@code --} comment would be
	 * commented out.
	 */
	private static boolean hasComment(List<Token> tokens) {
		return tokens.stream().anyMatch((token) -> token.specialToken != null);
	}

	private static long count(List<Token> tokens, String keyword) {
		return tokens.stream().filter((token) -> keyword.equalsIgnoreCase(token.image)).count();
	}

	private static boolean hasAggregate(List<Token> tokens) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			if (AGGREGATES.contains(tokens.get(i).image.toUpperCase(Locale.ROOT))
					&& "(".equals(tokens.get(i + 1).image)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The row count of a limit, or null when there is none or it is not a plain number.
	 */
	private static @Nullable Long number(@Nullable Limit limit) {
		return (limit != null && limit.getRowCount() instanceof LongValue count) ? count.getValue() : null;
	}

	/**
	 * The offset ({@code LIMIT o, n} or {@code OFFSET o}), 0 when none, or null when it
	 * is not a plain number.
	 */
	private static @Nullable Long offset(@Nullable Limit limit, @Nullable Offset offset) {
		if (limit != null && limit.getOffset() != null) {
			return (limit.getOffset() instanceof LongValue value && offset == null) ? value.getValue() : null;
		}
		if (offset != null) {
			return (offset.getOffset() instanceof LongValue value && offset.getOffsetParam() == null) ? value.getValue()
					: null;
		}
		return 0L;
	}

	@Override
	public String toString() {
		return this.paged ? this.statement + " (in pages of " + MAX_PAGE + ")" : this.statement;
	}

}

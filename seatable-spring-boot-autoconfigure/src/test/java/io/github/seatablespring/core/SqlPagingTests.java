package io.github.seatablespring.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How statements are turned into pages of at most 10,000 rows. */
class SqlPagingTests {

	@Test
	void selectWithoutLimitIsPagedInIdOrder() {
		SqlPaging paging = SqlPaging.plan("SELECT * FROM Contacts WHERE Age > 18");

		assertThat(paging.isPaged()).isTrue();
		assertThat(paging.page(0)).isEqualTo("SELECT * FROM Contacts WHERE Age > 18 ORDER BY _id LIMIT 10000 OFFSET 0");
		assertThat(paging.page(10_000))
			.isEqualTo("SELECT * FROM Contacts WHERE Age > 18 ORDER BY _id LIMIT 10000 OFFSET 10000");
		assertThat(paging.hasMore(0, 10_000)).isTrue();
		assertThat(paging.hasMore(10_000, 9_999)).isFalse();
		assertThat(paging.hasMore(0, 0)).isFalse();
	}

	@Test
	void trailingSemicolonsAndWhitespaceAreRemoved() {
		assertThat(SqlPaging.plan("  select * from T ; ;\n").page(0))
			.isEqualTo("select * from T ORDER BY _id LIMIT 10000 OFFSET 0");
		assertThat(SqlPaging.plan("SELECT * FROM T LIMIT 5;").page(0)).isEqualTo("SELECT * FROM T LIMIT 5");
	}

	@Test
	void ownOrderIsKept() {
		assertThat(SqlPaging.plan("SELECT * FROM T ORDER BY Name DESC").page(20_000))
			.isEqualTo("SELECT * FROM T ORDER BY Name DESC LIMIT 10000 OFFSET 20000");
	}

	@Test
	void statementsWithoutRowIdsGetNoOrder() {
		assertThat(SqlPaging.plan("SELECT City, COUNT(*) FROM T GROUP BY City").page(0))
			.isEqualTo("SELECT City, COUNT(*) FROM T GROUP BY City LIMIT 10000 OFFSET 0");
		assertThat(SqlPaging.plan("SELECT DISTINCT City FROM T").page(0))
			.isEqualTo("SELECT DISTINCT City FROM T LIMIT 10000 OFFSET 0");
		assertThat(SqlPaging.plan("SELECT A.x, B.y FROM A, B WHERE A.id = B.id").page(0))
			.isEqualTo("SELECT A.x, B.y FROM A, B WHERE A.id = B.id LIMIT 10000 OFFSET 0");
		// an aggregate without GROUP BY: ordering by _id would make the statement invalid
		assertThat(SqlPaging.plan("SELECT COUNT(*) AS Adults FROM T WHERE Age >= ?").page(0))
			.isEqualTo("SELECT COUNT(*) AS Adults FROM T WHERE Age >= ? LIMIT 10000 OFFSET 0");
	}

	@Test
	void smallLimitIsSentUnchangedOnce() {
		SqlPaging paging = SqlPaging.plan("SELECT * FROM T LIMIT 50");

		assertThat(paging.isPaged()).isFalse();
		assertThat(paging.page(0)).isEqualTo("SELECT * FROM T LIMIT 50");
		assertThat(paging.hasMore(0, 50)).isFalse();
		assertThat(SqlPaging.plan("SELECT * FROM T LIMIT 10000 OFFSET 7").page(0))
			.isEqualTo("SELECT * FROM T LIMIT 10000 OFFSET 7");
		assertThat(SqlPaging.plan("SELECT * FROM T LIMIT 20, 30").isPaged()).isFalse();
	}

	@Test
	void limitAboveMaximumWithOffsetIsSplit() {
		SqlPaging paging = SqlPaging.plan("SELECT * FROM T LIMIT 25000 OFFSET 100");

		assertThat(paging.isPaged()).isTrue();
		assertThat(paging.page(0)).isEqualTo("SELECT * FROM T ORDER BY _id LIMIT 10000 OFFSET 100");
		assertThat(paging.page(10_000)).isEqualTo("SELECT * FROM T ORDER BY _id LIMIT 10000 OFFSET 10100");
		assertThat(paging.page(20_000)).isEqualTo("SELECT * FROM T ORDER BY _id LIMIT 5000 OFFSET 20100");
		assertThat(paging.hasMore(10_000, 10_000)).isTrue();
		assertThat(paging.hasMore(20_000, 5000)).isFalse();
	}

	@Test
	void mysqlLimitFormIsOffsetThenCount() {
		SqlPaging paging = SqlPaging.plan("SELECT * FROM T ORDER BY Name LIMIT 5, 20000");

		assertThat(paging.page(0)).isEqualTo("SELECT * FROM T ORDER BY Name LIMIT 10000 OFFSET 5");
		assertThat(paging.page(10_000)).isEqualTo("SELECT * FROM T ORDER BY Name LIMIT 10000 OFFSET 10005");
		assertThat(paging.hasMore(0, 10_000)).isTrue();
		assertThat(paging.hasMore(10_000, 10_000)).isFalse();
	}

	@Test
	void limitJustAboveMaximumNeedsOneMoreRow() {
		SqlPaging paging = SqlPaging.plan("SELECT * FROM T LIMIT 10001");

		assertThat(paging.page(0)).isEqualTo("SELECT * FROM T ORDER BY _id LIMIT 10000 OFFSET 0");
		assertThat(paging.page(10_000)).isEqualTo("SELECT * FROM T ORDER BY _id LIMIT 1 OFFSET 10000");
	}

	@Test
	void otherStatementsAreSentUnchanged() {
		for (String sql : new String[] { "UPDATE T SET City = 'Berlin' WHERE Name = ?", "DELETE FROM T WHERE Age < 18",
				"INSERT INTO T (Name) VALUES ('x')" }) {
			SqlPaging paging = SqlPaging.plan(sql + ";");
			assertThat(paging.isPaged()).isFalse();
			assertThat(paging.page(0)).isEqualTo(sql);
			assertThat(paging.hasMore(0, 10_000)).isFalse();
		}
	}

	@Test
	void limitInsideAStringIsNotALimit() {
		assertThat(SqlPaging.plan("SELECT * FROM T WHERE Note = 'LIMIT 5'").page(0))
			.isEqualTo("SELECT * FROM T WHERE Note = 'LIMIT 5' ORDER BY _id LIMIT 10000 OFFSET 0");
	}

	@Test
	void parameterisedLimitIsSentUnchanged() {
		for (String sql : new String[] { "SELECT * FROM T LIMIT ?", "SELECT * FROM T LIMIT 20000 OFFSET ?",
				"SELECT * FROM T LIMIT ?, 20000", "SELECT * FROM T ORDER BY Name LIMIT ? OFFSET ?" }) {
			SqlPaging paging = SqlPaging.plan(sql);
			assertThat(paging.isPaged()).as(sql).isFalse();
			assertThat(paging.page(0)).isEqualTo(sql);
		}
	}

	@Test
	void statementsThePlannerDoesNotFullyUnderstandAreSentUnchanged() {
		for (String sql : new String[] { "SELECT * FROM T -- every row", "SELECT * FROM T /* all */ WHERE a = 1",
				"SELECT * FROM T WHERE x IN (SELECT y FROM U)", "SELECT * FROM (SELECT * FROM T) AS s",
				"SELECT a FROM T UNION SELECT b FROM U", "WITH s AS (SELECT * FROM T) SELECT * FROM s",
				"SELECT * FROM T WHERE ((", "SELECT * FROM T LIMIT ALL" }) {
			SqlPaging paging = SqlPaging.plan(sql);
			assertThat(paging.isPaged()).as(sql).isFalse();
			assertThat(paging.page(0)).as(sql).isEqualTo(sql);
		}
	}

	@Test
	void keywordsInsideLiteralsAndQuotedNamesAreNotClauses() {
		assertThat(SqlPaging.plan("SELECT * FROM `Group by` WHERE Note = 'ORDER BY x -- DISTINCT' LIMIT 20000")
			.page(10_000)).isEqualTo(
					"SELECT * FROM `Group by` WHERE Note = 'ORDER BY x -- DISTINCT' ORDER BY _id LIMIT 10000 OFFSET 10000");
	}

	@Test
	void placeholdersMustMatchTheParameters() {
		assertThat(SqlPaging.plan("SELECT * FROM T WHERE a = ? AND b = '?'", 1).page(0))
			.startsWith("SELECT * FROM T WHERE a = ? AND b = '?'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SqlPaging.plan("SELECT * FROM T WHERE a = ? AND b = ?", 1))
			.withMessage("sql has 2 '?' placeholders but 1 parameter was given");
		assertThatIllegalArgumentException().isThrownBy(() -> SqlPaging.plan("SELECT * FROM T", 2))
			.withMessage("sql has 0 '?' placeholders but 2 parameters were given");
	}

	@Test
	void emptyStatementIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SqlPaging.plan(" ")).withMessage("sql must not be empty");
	}

}

package io.github.seatablespring.core;

import io.github.seatablespring.core.RowQuery.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** RowQuery is immutable and refuses windows SeaTable would reject or silently cap. */
class RowQueryTests {

	@Test
	void defaultsToFirstThousandRows() {
		RowQuery query = RowQuery.table("Contacts");

		assertThat(query.getTable()).isEqualTo("Contacts");
		assertThat(query.getStart()).isZero();
		assertThat(query.getLimit()).isEqualTo(1000);
		assertThat(query.getView()).isNull();
		assertThat(query.getOrderBy()).isNull();
		assertThat(query.getDirection()).isNull();
	}

	@Test
	void eachMethodReturnsANewQuery() {
		RowQuery base = RowQuery.table("Contacts");
		RowQuery full = base.view("Adults").orderBy("Age", Direction.DESC).start(5).limit(10);

		assertThat(base).isEqualTo(RowQuery.table("Contacts"));
		assertThat(full.getView()).isEqualTo("Adults");
		assertThat(full.getOrderBy()).isEqualTo("Age");
		assertThat(full.getDirection()).isEqualTo(Direction.DESC);
		assertThat(full.getStart()).isEqualTo(5);
		assertThat(full.getLimit()).isEqualTo(10);
		assertThat(base.orderBy("Age").getDirection()).isEqualTo(Direction.ASC);
		assertThat(full)
			.isEqualTo(RowQuery.table("Contacts").limit(10).start(5).orderBy("Age", Direction.DESC).view("Adults"))
			.hasSameHashCodeAs(
					RowQuery.table("Contacts").view("Adults").orderBy("Age", Direction.DESC).start(5).limit(10))
			.isNotEqualTo(full.start(6));
		assertThat(full.toString()).contains("Contacts", "Adults", "Age DESC", "start=5", "limit=10");
	}

	@Test
	void limitMustBeBetweenOneAndThousand() {
		assertThatIllegalArgumentException().isThrownBy(() -> RowQuery.table("T").limit(0))
			.withMessage("limit must be between 1 and 1000 (SeaTable's maximum per request), got 0; "
					+ "use streamRows to read more rows");
		assertThatIllegalArgumentException().isThrownBy(() -> RowQuery.table("T").limit(1001))
			.withMessageContaining("got 1001")
			.withMessageContaining("streamRows");
		assertThat(RowQuery.table("T").limit(1).getLimit()).isEqualTo(1);
		assertThat(RowQuery.table("T").limit(1000).getLimit()).isEqualTo(1000);
	}

	@Test
	void startMustNotBeNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> RowQuery.table("T").start(-1))
			.withMessage("start must not be negative, got -1");
	}

	@Test
	void namesMustNotBeEmpty() {
		assertThatIllegalArgumentException().isThrownBy(() -> RowQuery.table(" "))
			.withMessage("table must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> RowQuery.table("T").view(""))
			.withMessage("view must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> RowQuery.table("T").orderBy(""))
			.withMessage("orderBy column must not be empty");
	}

}

package io.github.seatablespring.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Typed reads of cells, with errors that name the column and the value. */
class RowTests {

	private final Row row = Row.of(values());

	private static Map<String, Object> values() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("_id", "Bko1e60YT-egit2SljWSZA");
		values.put("Name", "Alice");
		values.put("Age", 30);
		values.put("Big", 12_345_678_901L);
		values.put("Price", 499.99);
		values.put("NumericText", " 42 ");
		values.put("Active", true);
		values.put("Born", "2030-06-20");
		values.put("Met", "2030-06-20T23:55:00+02:00");
		values.put("Tags", new ArrayList<>(List.of("a", "b")));
		values.put("Location", Map.of("lat", 50, "lng", 8.23));
		values.put("Empty", null);
		values.put("Long text", "x".repeat(100));
		return values;
	}

	@Test
	void typedGettersConvert() {
		assertThat(this.row.id()).isEqualTo("Bko1e60YT-egit2SljWSZA");
		assertThat(this.row.getString("Name")).isEqualTo("Alice");
		assertThat(this.row.getString("Age")).isEqualTo("30");
		assertThat(this.row.getString("Active")).isEqualTo("true");
		assertThat(this.row.getLong("Age")).isEqualTo(30L);
		assertThat(this.row.getInteger("Age")).isEqualTo(30);
		assertThat(this.row.getLong("Big")).isEqualTo(12_345_678_901L);
		assertThat(this.row.getLong("NumericText")).isEqualTo(42L);
		assertThat(this.row.getDouble("Price")).isEqualTo(499.99);
		assertThat(this.row.getBigDecimal("Price")).isEqualTo(new BigDecimal("499.99"));
		assertThat(this.row.getBoolean("Active")).isTrue();
		assertThat(this.row.getLocalDate("Born")).isEqualTo(LocalDate.of(2030, 6, 20));
		assertThat(this.row.getLocalDate("Met")).isEqualTo(LocalDate.of(2030, 6, 20));
		assertThat(this.row.getOffsetDateTime("Met")).isEqualTo(OffsetDateTime.parse("2030-06-20T23:55:00+02:00"));
		assertThat(this.row.getList("Tags")).isEqualTo(List.of("a", "b"));
		assertThat(this.row.get("Location", Map.class)).containsEntry("lat", 50);
		assertThat(this.row.get("Age", String.class)).isEqualTo("30");
	}

	@Test
	void emptyAndAbsentCellsReadAsNullOrEmptyList() {
		for (String column : List.of("Empty", "Missing")) {
			assertThat(this.row.get(column)).isNull();
			assertThat(this.row.getString(column)).isNull();
			assertThat(this.row.getLong(column)).isNull();
			assertThat(this.row.getInteger(column)).isNull();
			assertThat(this.row.getDouble(column)).isNull();
			assertThat(this.row.getBigDecimal(column)).isNull();
			assertThat(this.row.getBoolean(column)).isNull();
			assertThat(this.row.getLocalDate(column)).isNull();
			assertThat(this.row.getOffsetDateTime(column)).isNull();
			assertThat(this.row.getList(column)).isEmpty();
			assertThat(this.row.get(column, Integer.class)).isNull();
		}
		assertThat(this.row.has("Empty")).isTrue();
		assertThat(this.row.has("Missing")).isFalse();
		assertThat(Row.of(Map.of("Name", "x")).id()).isNull();
		assertThat(Row.of(Map.of("d", "")).getOffsetDateTime("d")).isNull();
	}

	@Test
	void wrongTypesFailWithColumnAndValue() {
		assertThatIllegalStateException().isThrownBy(() -> this.row.getString("Tags"))
			.withMessage("Column 'Tags' holds ArrayList [a, b], not text");
		assertThatIllegalStateException().isThrownBy(() -> this.row.getLong("Price"))
			.withMessage("Column 'Price' holds BigDecimal 499.99, not a whole number");
		assertThatIllegalStateException().isThrownBy(() -> this.row.getInteger("Big"))
			.withMessage("Column 'Big' holds Long 12345678901, not an int");
		assertThatIllegalStateException().isThrownBy(() -> this.row.getBigDecimal("Name"))
			.withMessage("Column 'Name' holds String Alice, not a number");
		assertThatIllegalStateException().isThrownBy(() -> this.row.getDouble("Active"))
			.withMessage("Column 'Active' holds Boolean true, not a number");
		assertThatIllegalStateException().isThrownBy(() -> this.row.getBoolean("Name"))
			.withMessage("Column 'Name' holds String Alice, not a checkbox (true/false)");
		assertThatIllegalStateException().isThrownBy(() -> this.row.getList("Name"))
			.withMessage("Column 'Name' holds String Alice, not a list");
		assertThatIllegalStateException().isThrownBy(() -> this.row.getOffsetDateTime("Name"))
			.withMessage("Column 'Name' holds String Alice, not a date-time such as 2030-06-20T23:55:00+02:00");
		assertThatIllegalStateException().isThrownBy(() -> this.row.getLocalDate("Location"))
			.withMessageStartingWith("Column 'Location' holds ")
			.withMessageEndingWith(", not text");
		assertThatIllegalStateException().isThrownBy(() -> this.row.get("Name", Integer.class))
			.withMessage("Column 'Name' holds String Alice, which cannot be read as Integer");
	}

	@Test
	void dateOnlyTextThatIsNoDateFailsWithColumnAndValue() {
		Row dates = Row.of(Map.of("European", "20.06.2030"));

		assertThatIllegalStateException().isThrownBy(() -> dates.getLocalDate("European"))
			.withMessage("Column 'European' holds String 20.06.2030, not a date such as 2030-06-20");
	}

	@Test
	void longValuesAreShortenedInMessages() {
		assertThatIllegalStateException().isThrownBy(() -> this.row.getBoolean("Long text"))
			.withMessage("Column 'Long text' holds String " + "x".repeat(57) + "..., not a checkbox (true/false)");
	}

	@Test
	void rowMapsToRecord() {
		Person person = this.row.as(Person.class);

		assertThat(person).isEqualTo(new Person("Alice", 30, true, List.of("a", "b")));
	}

	@Test
	void valuesKeepOrderAndAreUnmodifiable() {
		assertThat(this.row.values().keySet()).containsExactlyElementsOf(values().keySet());
		assertThat(this.row.values()).isUnmodifiable();
	}

	@Test
	void equalsByValuesAndPrintsValues() {
		Map<String, Object> reordered = new HashMap<>(values());

		assertThat(Row.of(reordered)).isEqualTo(this.row).hasSameHashCodeAs(this.row);
		assertThat(Row.of(Map.of("Name", "Bob"))).isNotEqualTo(Row.of(Map.of("Name", "Alice")));
		assertThat(Row.of(Map.of("Name", "Bob"))).hasToString("Row{Name=Bob}");
		assertThat(this.row.toString()).startsWith("Row{_id=Bko1e60YT-egit2SljWSZA, Name=Alice, Age=30");
	}

	record Person(@JsonProperty("Name") String name, @JsonProperty("Age") int age,
			@JsonProperty("Active") boolean active, @JsonProperty("Tags") List<String> tags) {
	}

}

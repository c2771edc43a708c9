package io.github.seatablespring.core;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableValidationException;
import io.github.seatablespring.mapping.SeaTableColumn;
import io.github.seatablespring.model.Geolocation;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestRows;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The bodies of row writes hold each cell as the row mapper writes it (SeaTable's seconds
 * for durations, its date formats, enums by name, objects as JSON objects), whether the
 * rows are appended one by one, in batches or as objects, or updated; values that are
 * JSON already are sent exactly as given.
 */
@WireMockTest
class WrittenValuesTests {

	private static final String CELLS = """
			{"Time":5400,"Day":"2030-06-20","At":"2030-06-20T23:55:00+02:00","Local":"2030-06-20 23:55",
			"Level":"HIGH","Where":{"lat":50.0,"lng":8.23},"Days":["2030-06-20","2030-06-21"],
			"Nested":{"wait":90,"label":"x"},"Cleared":null,"Text":"a \\"quoted\\" text","Flag":false,
			"Whole":7,"Big":10000000000,"Half":0.5,"Tags":["a","b"]}""";

	private WireMockBase base;

	private SeaTableTemplate template;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
		// rows as given: the bodies alone are compared
		this.template = TestBases.template(this.base.url(), RowValidation.DISABLED, Clock.systemUTC());
		this.base.wireMock().register(put(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"success\":true}")));
	}

	@Test
	void appendRowWritesEveryKindOfValue() {
		stubAppend(1);

		this.template.appendRow("Tasks", cells());

		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/"))
				.withRequestBody(equalToJson("{\"table_name\":\"Tasks\",\"rows\":[" + CELLS + "]}")));
	}

	@Test
	void appendRowsWritesEveryKindOfValueInEveryChunk() {
		stubAppend(1000, 500);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			rows.add((i % 2 == 0) ? cells() : Map.of("Whole", i));
		}

		this.template.appendRows("Tasks", rows);

		List<JsonNode> bodies = this.base.bodies(postRequestedFor(SeaTableStubs.gateway("/rows/")));
		assertThat(bodies).hasSize(2);
		JsonNode cells = JsonMapper.shared().readTree(CELLS);
		assertThat(bodies.get(0).get("rows").get(0)).isEqualTo(cells);
		assertThat(bodies.get(0).get("rows").get(1)).hasToString("{\"Whole\":1}");
		assertThat(bodies.get(1).get("rows").get(0)).isEqualTo(cells);
		assertThat(bodies.get(1).get("rows").get(499)).hasToString("{\"Whole\":1499}");
	}

	@Test
	void numbersAreSentWithTheirExactDigits() {
		stubAppend(1);
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("Exact", new BigDecimal("12345678901234567.125"));
		row.put("Money", List.of(new BigDecimal("0.10"), Duration.ofSeconds(3)));

		this.template.appendRows("Tasks", List.of(row));

		assertThat(
				this.base.wireMock().find(postRequestedFor(SeaTableStubs.gateway("/rows/"))).get(0).getBodyAsString())
			.isEqualTo("{\"table_name\":\"Tasks\",\"rows\":[{\"Exact\":12345678901234567.125,\"Money\":[0.10,3]}]}");
	}

	@Test
	void appendObjectsWritesPropertiesAsTheRowMapperDoes() {
		stubAppend(1);

		this.template.appendObjects("Tasks",
				List.of(new Task("Write", Duration.ofMinutes(90), LocalDate.of(2030, 6, 20), Level.HIGH)));

		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")).withRequestBody(equalToJson(
					"""
							{"table_name":"Tasks","rows":[{"Name":"Write","Time":5400,"Due":"2030-06-20","Level":"HIGH"}]}""")));
	}

	@Test
	void updatesWriteEveryKindOfValue() {
		Map<String, Map<String, ?>> updates = new LinkedHashMap<>();
		updates.put(TestRows.id(1), cells());
		updates.put(TestRows.id(2), Map.of("Time", Duration.ofSeconds(61)));

		this.template.updateRows("Tasks", updates);
		this.template.updateRow("Tasks", TestRows.id(3), Map.of("Day", LocalDate.of(2031, 1, 2)));

		this.base.wireMock()
			.verifyThat(1, putRequestedFor(SeaTableStubs.gateway("/rows/")).withRequestBody(equalToJson("""
					{"table_name":"Tasks","updates":[{"row_id":"%s","row":%s},{"row_id":"%s","row":{"Time":61}}]}"""
				.formatted(TestRows.id(1), CELLS, TestRows.id(2)))));
		this.base.wireMock()
			.verifyThat(1, putRequestedFor(SeaTableStubs.gateway("/rows/")).withRequestBody(equalToJson("""
					{"table_name":"Tasks","updates":[{"row_id":"%s","row":{"Day":"2031-01-02"}}]}"""
				.formatted(TestRows.id(3)))));
	}

	@Test
	void aValueTheRowMapperCannotWriteFailsBeforeAnythingIsSent() {
		stubAppend(1000, 1000, 500);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 2500; i++) {
			rows.add(Map.of("Whole", i));
		}
		rows.set(2100, Map.of("Broken", new Unwritable()));

		assertThatIllegalArgumentException().isThrownBy(() -> this.template.appendRows("Tasks", rows))
			.withMessageContaining("Could not write the values [Broken]");
		assertThat(this.base.wireMock().find(anyRequestedFor(SeaTableStubs.gateway("/rows/")))).isEmpty();
	}

	@Test
	void convertedValuesAreCheckedAsTheyAreSent() {
		this.base.wireMock()
			.register(get(SeaTableStubs.gateway("/metadata/")).willReturn(okJson(RowValidationTests.METADATA)));
		SeaTableTemplate checking = TestBases.template(this.base.url(), RowValidation.DEFAULTS, Clock.systemUTC());

		assertThatExceptionOfType(SeaTableValidationException.class)
			.isThrownBy(() -> checking.appendRow("Tasks", Map.of("Time", Duration.ofSeconds(-5))))
			.withMessageContaining("column 'Time' = -5");
		assertThatExceptionOfType(SeaTableValidationException.class)
			.isThrownBy(() -> checking.appendRows("Tasks", List.of(Map.of("Done", Level.HIGH))))
			.withMessageContaining("column 'Done' = \"HIGH\"");
		assertThat(this.base.wireMock().find(anyRequestedFor(SeaTableStubs.gateway("/rows/")))).isEmpty();
	}

	private static Map<String, Object> cells() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("Time", Duration.ofMinutes(90));
		row.put("Day", LocalDate.of(2030, 6, 20));
		row.put("At", OffsetDateTime.of(2030, 6, 20, 23, 55, 0, 0, ZoneOffset.ofHours(2)));
		row.put("Local", LocalDateTime.of(2030, 6, 20, 23, 55));
		row.put("Level", Level.HIGH);
		row.put("Where", Geolocation.of(50, 8.23));
		row.put("Days", List.of(LocalDate.of(2030, 6, 20), "2030-06-21"));
		row.put("Nested", Map.of("wait", Duration.ofSeconds(90), "label", "x"));
		row.put("Cleared", null);
		row.put("Text", "a \"quoted\" text");
		row.put("Flag", false);
		row.put("Whole", 7);
		row.put("Big", 10_000_000_000L);
		row.put("Half", 0.5);
		row.put("Tags", List.of("a", "b"));
		return row;
	}

	/** Answers the appends of chunks of {@code sizes} rows, in that order. */
	private void stubAppend(int... sizes) {
		SeaTableStubs.stubAppends(this.base.wireMock(), (first) -> "", sizes);
	}

	enum Level {

		LOW, HIGH

	}

	record Task(String name, @SeaTableColumn("Time") Duration time, @SeaTableColumn("Due") LocalDate due,
			@SeaTableColumn("Level") Level level) {

		@Override
		@SeaTableColumn("Name")
		public String name() {
			return this.name;
		}

	}

	/** A value Jackson cannot write. */
	static final class Unwritable {

		public String getValue() {
			throw new IllegalStateException("cannot be read");
		}

	}

}

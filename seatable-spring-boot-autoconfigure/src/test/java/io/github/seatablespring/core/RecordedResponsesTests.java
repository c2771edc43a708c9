package io.github.seatablespring.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.Metadata;
import io.github.seatablespring.model.QueryResult;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.model.Table;
import io.github.seatablespring.model.View;
import io.github.seatablespring.testsupport.RecordedAnswers;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers recorded from a real SeaTable server (values partly masked as "str") parse into
 * the model. The recordings are read at run time from the shared reference folder next to
 * the checkout; without it these tests are skipped.
 */
@WireMockTest
class RecordedResponsesTests {

	private static final String ROW_ID = "Qtf7xPmoRaiFyQPO1aENTj";

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void listRows() {
		stubGet("/rows/", "test_base_operations/test_listRows[listRows].json");

		List<Row> rows = this.base.template().listRows(RowQuery.table("Table1"));

		assertThat(rows).extracting((row) -> row.getString("text"))
			.containsExactly("ABC", "D", "E", "row-with-empty-values");
		Row first = rows.get(0);
		assertThat(first.id()).isEqualTo("str");
		assertThat(first.getBoolean("checkbox")).isTrue();
		assertThat(first.getLong("rate")).isEqualTo(7L);
		assertThat(first.getBigDecimal("number")).isEqualByComparingTo("499.99");
		assertThat(first.getDouble("formula-float-return-value")).isEqualTo(3.9000000000000004);
		assertThat(first.getString("auto-number-integer")).isEqualTo("0001");
		assertThat(first.getOffsetDateTime("date-iso-hours-minutes"))
			.isEqualTo(OffsetDateTime.parse("2030-06-20T23:55:00+02:00"));
		assertThat(first.getList("multiple-select")).isEqualTo(List.of("option-1", "option-2"));
		assertThat(first.get("geolocation-lat-lon")).isEqualTo(Map.of("lat", 50, "lng", 8.23));
		assertThat(first.get("digital-sign", Map.class)).containsEntry("username", "some-user@auth.local");
		assertThat(first.getLong("duration-hours-minutes-seconds")).isEqualTo(5430L);
		assertThat(first.has("_locked")).isTrue();
		assertThat(first.get("_locked")).isNull();
		Row second = rows.get(1);
		assertThat(second.getBoolean("checkbox")).isFalse();
		assertThat(second.getLong("rate")).isNull();
		assertThat(second.getOffsetDateTime("date-us")).isNull();
		assertThat(second.getList("collaborator")).isEmpty();
		assertThat(rows.get(2).getInteger("number")).isEqualTo(-10);
	}

	@Test
	void listRowsWithLinks() {
		stubGet("/rows/", "test_base_operations/test_listRows_links[listRows].json");

		Row row = this.base.template().listRows(RowQuery.table("Table1")).get(0);

		List<?> links = row.getList("link");
		assertThat(links).hasSize(6)
			.allSatisfy((link) -> assertThat(((Map<?, ?>) link).keySet()).isEqualTo(Set.of("display_value", "row_id")))
			.allSatisfy((link) -> assertThat(((Map<?, ?>) link).get("row_id")).isEqualTo("str"));
		assertThat(links.stream().map((link) -> ((Map<?, ?>) link).get("display_value")).toList())
			.isEqualTo(List.of(1.1, 1.1, 1.2, 1.3, 1.4, 1.4));
		assertThat(row.getLong("link-formula-countlinks")).isEqualTo(6L);
		assertThat(row.getList("link-formula-lookup")).hasSize(6);
		assertThat(row.getDouble("link-formula-rollup-average")).isEqualTo(1.25);
		assertThat(row.getString("link-formula-rollup-concatenate")).isEqualTo("1.1 1.1 1.2 1.3 1.4 1.4");
	}

	@Test
	void listRowsWithFilesAndImages() {
		stubGet("/rows/", "test_base_operations/test_listRows_files_images[listRows].json");

		Row row = this.base.template().listRows(RowQuery.table("Table1")).get(0);

		assertThat(row.getList("files")).singleElement()
			.isEqualTo(Map.of("name", "test.txt", "size", 12, "type", "file", "url", "str"));
		assertThat(row.getList("images")).isEqualTo(List.of("str"));
		assertThat(row.getString("text")).isNull();
	}

	@Test
	void getRow() {
		Row row = recordedRow("test_base_operations/test_getRow[getRow].json");

		assertThat(row.getBoolean("checkbox")).isTrue();
		assertThat(row.getLong("rate")).isEqualTo(7L);
		assertThat(row.getOffsetDateTime("date-iso")).isEqualTo(OffsetDateTime.parse("2030-06-20T00:00:00+02:00"));
		assertThat(row.getLocalDate("date-iso")).isEqualTo(LocalDate.of(2030, 6, 20));
		assertThat(row.getList("multiple-select")).isEqualTo(List.of("option-1", "option-2"));
		assertThat(row.getString("email")).isEqualTo("example@seatable.io");
		assertThat(row.getBigDecimal("number-decimal-dot-thousands-comma")).isEqualByComparingTo("1000000.123");
	}

	@Test
	void getRowAfterUpdate() {
		Row row = recordedRow("test_row_crud/test_updateRow.json");

		assertThat(row.getBoolean("checkbox")).isFalse();
		assertThat(row.getLong("rate")).isEqualTo(10L);
		assertThat(row.getOffsetDateTime("date-iso-hours-minutes"))
			.isEqualTo(OffsetDateTime.parse("2031-12-31T11:30:00+01:00"));
		assertThat(row.getLocalDate("date-us")).isEqualTo(LocalDate.of(2031, 12, 31));
		assertThat(row.getBigDecimal("number-euro")).isEqualTo(new BigDecimal("42"));
		assertThat(row.getList("multiple-select")).isEqualTo(List.of("option-3"));
		assertThat(row.getString("long-text")).startsWith("## Updated");
	}

	@Test
	void querySqlWithMetadataAsText() {
		// the recording masks "metadata" as the string "list": parsing must not depend on
		// it
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/sql/"))
				.willReturn(okJson(RecordedAnswers.read("test_base_operations/test_querySQL[querySQL].json"))));

		QueryResult result = this.base.template().query("SELECT * FROM Table1 LIMIT 100");

		assertThat(result.columns()).isEmpty();
		assertThat(result.rows()).extracting((row) -> row.getString("text"))
			.containsExactly("ABC", "D", "E", "row-with-empty-values");
		assertThat(result.rows().get(0).getLong("rate")).isEqualTo(7L);
		assertThat(result.rows().get(0).getBoolean("checkbox")).isTrue();
	}

	@Test
	void appendRows() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/rows/"))
				.willReturn(okJson(RecordedAnswers.read("test_base_operations/test_appendRows[appendRows].json"))));

		BatchResult result = this.base.template()
			.appendRows("Table1",
					List.of(Map.of("text", "a"), Map.of("text", "b"), Map.of("text", "c"), Map.of("text", "d")));

		assertThat(result).isEqualTo(new BatchResult(4, 1, List.of("str", "str", "str", "str")));
	}

	@Test
	void getMetadata() {
		stubGet("/metadata/", "test_metadata/test_getMetadata.json");

		Metadata metadata = this.base.template().getMetadata();

		assertThat(metadata.version()).isEqualTo(2);
		assertThat(metadata.tables()).extracting(Table::name).containsExactly("Table1", "test_metadata");
		Table table1 = metadata.table("Table1").orElseThrow();
		assertThat(table1.id()).isEqualTo("str");
		assertThat(table1.columns()).containsExactly(new Column("str", "Name", "text", Map.of()));
		assertThat(table1.views()).containsExactly(new View("str", "Default View", "table"));
		Table table = metadata.table("test_metadata").orElseThrow();
		assertThat(table.columns()).extracting(Column::name).containsExactly("text", "number");
		assertThat(table.column("text").orElseThrow().data()).isEmpty();
		assertThat(table.column("number").orElseThrow()).isEqualTo(
				new Column("str", "number", "number", Map.of("decimal", "dot", "format", "number", "thousands", "no")));
		assertThat(table.view("Default View")).isPresent();
		assertThat(metadata.table("missing")).isEmpty();
	}

	/** Stubs GET {@code path} of the base to answer with the recording {@code file}. */
	private void stubGet(String path, String file) {
		this.base.wireMock().register(get(SeaTableStubs.gateway(path)).willReturn(okJson(RecordedAnswers.read(file))));
	}

	/**
	 * Row {@link #ROW_ID} of Table1, read from a server answering with the recording
	 * {@code file}.
	 */
	private Row recordedRow(String file) {
		stubGet("/rows/" + ROW_ID + "/", file);
		return this.base.template().getRow("Table1", ROW_ID);
	}

}

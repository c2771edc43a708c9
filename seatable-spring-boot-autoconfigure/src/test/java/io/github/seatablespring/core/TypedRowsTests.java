package io.github.seatablespring.core;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.mapping.SeaTableColumn;
import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.Geolocation;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Rows read as and written from records: streamRows/getRow by type, appendObject(s),
 * updateObject.
 */
@WireMockTest
class TypedRowsTests {

	private static final String ROW_ID = "Qtf7xPmoRaiFyQPO1aENTj";

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void getRowMapsTheRowToTheRecord() {
		this.base.wireMock()
			.register(get(SeaTableStubs.gateway("/rows/" + ROW_ID + "/")).willReturn(
					okJson("""
							{"_id":"Qtf7xPmoRaiFyQPO1aENTj","_ctime":"2021-02-09T12:23:17.761+00:00","Book-Title":"The Great Gatsby",
							"Publishing Date":"1925-04-10T00:00:00+02:00","Place":{"lat":50,"lng":8.23},"Auto":"0007"}""")));

		Book book = this.base.template().getRow("Books", ROW_ID, Book.class);

		assertThat(book).isEqualTo(new Book(ROW_ID, "The Great Gatsby", LocalDate.of(1925, 4, 10),
				new Geolocation(new java.math.BigDecimal("50"), new java.math.BigDecimal("8.23"), null, null, null,
						null, null),
				"0007"));
		this.base.wireMock()
			.verifyThat(1,
					getRequestedFor(SeaTableStubs.gateway("/rows/" + ROW_ID + "/"))
						.withQueryParam("table_name", equalTo("Books"))
						.withQueryParam("convert_keys", equalTo("true")));
	}

	@Test
	void streamRowsMapsEveryRowOfEveryPage() {
		StringBuilder page = new StringBuilder("{\"rows\":[");
		for (int i = 0; i < 1000; i++) {
			page.append((i > 0) ? "," : "")
				.append("{\"_id\":\"r")
				.append(String.format("%021d", i))
				.append("\",\"Book-Title\":\"T")
				.append(i)
				.append("\"}");
		}
		this.base.wireMock()
			.register(get(SeaTableStubs.gateway("/rows/")).withQueryParam("start", equalTo("0"))
				.willReturn(okJson(page.append("]}").toString())));
		this.base.wireMock()
			.register(get(SeaTableStubs.gateway("/rows/")).withQueryParam("start", equalTo("1000"))
				.willReturn(okJson("{\"rows\":[{\"_id\":\"" + ROW_ID + "\",\"Book-Title\":\"Last\"}]}")));

		List<Book> books;
		try (Stream<Book> stream = this.base.template().streamRows("Books", Book.class)) {
			books = stream.toList();
		}

		assertThat(books).hasSize(1001);
		assertThat(books.get(0).title()).isEqualTo("T0");
		assertThat(books.get(1000)).isEqualTo(new Book(ROW_ID, "Last", null, null, null));
		this.base.wireMock()
			.verifyThat(2,
					getRequestedFor(SeaTableStubs.gateway("/rows/")).withQueryParam("table_name", equalTo("Books"))
						.withQueryParam("limit", equalTo("1000")));
	}

	@Test
	void appendObjectsSendsColumnsByNameWithoutIdsNullsAndReadOnlyColumns() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/rows/")).willReturn(
					okJson("""
							{"inserted_row_count":2,"row_ids":[{"_id":"Bko1e60YT-egit2SljWSZA"},{"_id":"Mr-3QnQ5Q-eeEqFBevtOkw"}]}""")));

		BatchResult result = this.base.template()
			.appendObjects("Books", List.of(new Book("ignoredIgnoredIgnored1", "Gatsby", LocalDate.of(1925, 4, 10),
					Geolocation.of(50.0, 8.23), "0001"), new Book(null, "Ulysses", null, null, null)));

		assertThat(result.rowIds()).containsExactly("Bko1e60YT-egit2SljWSZA", "Mr-3QnQ5Q-eeEqFBevtOkw");
		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")).withRequestBody(equalToJson("""
					{"table_name":"Books","rows":[
					  {"Book-Title":"Gatsby","Publishing Date":"1925-04-10","Place":{"lat":50.0,"lng":8.23}},
					  {"Book-Title":"Ulysses"}]}""")));
	}

	@Test
	void appendObjectReturnsTheRowWithItsNewId() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/rows/"))
				.willReturn(okJson("{\"inserted_row_count\":1,\"row_ids\":[{\"_id\":\"Bko1e60YT-egit2SljWSZA\"}]}")));

		Row row = this.base.template().appendObject("Books", new Book(null, "Gatsby", null, null, null));

		assertThat(row.id()).isEqualTo("Bko1e60YT-egit2SljWSZA");
		assertThat(row.as(Book.class).title()).isEqualTo("Gatsby");
		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/"))
				.withRequestBody(equalToJson("{\"table_name\":\"Books\",\"rows\":[{\"Book-Title\":\"Gatsby\"}]}")));
	}

	@Test
	void updateObjectSendsTheNonNullColumns() {
		this.base.wireMock().register(put(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"success\":true}")));

		this.base.template()
			.updateObject("Books", ROW_ID, new Book(ROW_ID, null, LocalDate.of(1926, 1, 2), null, "0001"));

		this.base.wireMock()
			.verifyThat(1, putRequestedFor(SeaTableStubs.gateway("/rows/")).withRequestBody(equalToJson(
					"""
							{"table_name":"Books","updates":[{"row_id":"Qtf7xPmoRaiFyQPO1aENTj","row":{"Publishing Date":"1926-01-02"}}]}""")));
	}

	@Test
	void objectsWithoutColumnValuesOrMapsAreRefusedBeforeAnyRequest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.base.template().appendObject("Books", new Book(ROW_ID, null, null, null, "1")))
			.withMessageContaining("holds no column value to write");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.base.template().appendObject("Books", java.util.Map.of("Book-Title", "x")))
			.withMessageContaining("use appendRow");
		assertThatIllegalArgumentException().isThrownBy(() -> this.base.template().appendObjects("Books", null));
		assertThat(this.base.wireMock().find(anyRequestedFor(anyUrl()))).isEmpty();
	}

	record Book(@com.fasterxml.jackson.annotation.JsonProperty("_id") String id,
			@SeaTableColumn("Book-Title") String title, @SeaTableColumn("Publishing Date") LocalDate published,
			@SeaTableColumn("Place") Geolocation place, @SeaTableColumn(value = "Auto", readOnly = true) String auto) {
	}

}

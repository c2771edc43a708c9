package io.github.seatablespring.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.seatablespring.core.RowQuery.Direction;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/** listRows and streamRows: GET /rows/ with the spec's query parameters, paged lazily by start/limit. */
@WireMockTest
class StreamRowsTests {

	private WireMock wireMock;

	private String baseUrl;

	private SeaTableTemplate template;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.wireMock = wm.getWireMock();
		this.baseUrl = wm.getHttpBaseUrl();
		SeaTableStubs.stubToken(this.wireMock, Instant.now().plus(3, ChronoUnit.DAYS));
		this.template = TestBases.template(this.baseUrl);
	}

	@Test
	void streamRowsReadsEveryPageInOrder() {
		stubPage(0, 1000);
		stubPage(1000, 1000);
		stubPage(2000, 345);

		List<Row> rows;
		try (Stream<Row> stream = this.template.streamRows("Contacts")) {
			rows = stream.toList();
		}

		assertThat(rows).hasSize(2345);
		for (int n = 0; n < rows.size(); n++) {
			assertThat(rows.get(n).id()).isEqualTo(TestRows.id(n));
			assertThat(rows.get(n).getInteger("n")).isEqualTo(n);
		}
		List<LoggedRequest> requests = this.wireMock.find(getRequestedFor(SeaTableStubs.gateway("/rows/")));
		assertThat(requests).extracting((request) -> request.queryParameter("start").firstValue())
			.containsExactly("0", "1000", "2000");
		this.wireMock.verifyThat(3, getRequestedFor(SeaTableStubs.gateway("/rows/"))
			.withQueryParam("table_name", equalTo("Contacts"))
			.withQueryParam("limit", equalTo("1000"))
			.withQueryParam("convert_keys", equalTo("true"))
			.withQueryParam("view_name", absent())
			.withQueryParam("order_by", absent())
			.withQueryParam("direction", absent()));
	}

	@Test
	void streamRowsStopsAfterAnEmptyPageWhenTheLastPageWasFull() {
		stubPage(0, 1000);
		stubPage(1000, 0);

		try (Stream<Row> stream = this.template.streamRows("Contacts")) {
			assertThat(stream.count()).isEqualTo(1000);
		}

		this.wireMock.verifyThat(2, getRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void blockingStreamReadsOnlyThePagesItConsumes() {
		stubPage(0, 1000);
		stubPage(1000, 1000);

		List<Row> firstTen;
		try (Stream<Row> stream = this.template.streamRows("Contacts")) {
			firstTen = stream.limit(10).toList();
		}

		assertThat(firstTen).extracting(Row::id).containsExactly(TestRows.id(0), TestRows.id(1), TestRows.id(2),
				TestRows.id(3), TestRows.id(4), TestRows.id(5), TestRows.id(6), TestRows.id(7), TestRows.id(8),
				TestRows.id(9));
		this.wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void reactiveStreamRequestsTheNextPageOnlyOnDemand() {
		stubPage(0, 1000);
		stubPage(1000, 1000);
		ReactiveSeaTableTemplate reactive = TestBases.reactiveTemplate(this.baseUrl);

		StepVerifier.create(reactive.streamRows("Contacts"), 5)
			.expectNextCount(5)
			.then(() -> this.wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/rows/"))))
			.thenCancel()
			.verify();

		this.wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void streamRowsUsesTheQueryAsFirstPageAndPageSize() {
		stubPage(50, 100);
		stubPage(150, 20);

		try (Stream<Row> stream = this.template.streamRows(RowQuery.table("Contacts").start(50).limit(100))) {
			assertThat(stream.map(Row::id).toList()).hasSize(120).startsWith(TestRows.id(50)).endsWith(TestRows.id(169));
		}

		List<LoggedRequest> requests = this.wireMock.find(getRequestedFor(SeaTableStubs.gateway("/rows/"))
			.withQueryParam("limit", equalTo("100")));
		assertThat(requests).extracting((request) -> request.queryParameter("start").firstValue())
			.containsExactly("50", "150");
	}

	@Test
	void listRowsPassesViewOrderAndLowercaseDirection() {
		this.wireMock.register(get(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"rows\":[]}")));

		List<Row> rows = this.template.listRows(
				RowQuery.table("Contacts").view("Adults").orderBy("Age", Direction.DESC).start(20).limit(10));

		assertThat(rows).isEmpty();
		this.wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/rows/"))
			.withQueryParam("table_name", equalTo("Contacts"))
			.withQueryParam("view_name", equalTo("Adults"))
			.withQueryParam("order_by", equalTo("Age"))
			.withQueryParam("direction", equalTo("desc"))
			.withQueryParam("start", equalTo("20"))
			.withQueryParam("limit", equalTo("10"))
			.withQueryParam("convert_keys", equalTo("true")));
	}

	@Test
	void listRowsEncodesNamesWithSpacesAndSpecialCharacters() {
		this.wireMock.register(get(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"rows\":[]}")));

		this.template.listRows(RowQuery.table("Kunden & Partner").view("Ä+B").orderBy("Name"));

		this.wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/rows/"))
			.withQueryParam("table_name", equalTo("Kunden & Partner"))
			.withQueryParam("view_name", equalTo("Ä+B"))
			.withQueryParam("direction", equalTo("asc")));
	}

	private void stubPage(int start, int size) {
		this.wireMock.register(get(SeaTableStubs.gateway("/rows/")).withQueryParam("start", equalTo(String.valueOf(start)))
			.willReturn(okJson("{\"rows\":" + TestRows.rowsArray(start, size) + "}")));
	}

}

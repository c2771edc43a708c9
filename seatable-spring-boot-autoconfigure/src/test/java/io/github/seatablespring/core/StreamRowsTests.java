package io.github.seatablespring.core;

import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.seatablespring.core.RowQuery.Direction;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestRows;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * listRows and streamRows: GET /rows/ with the spec's query parameters, paged lazily by
 * start/limit.
 */
@WireMockTest
class StreamRowsTests {

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void streamRowsReadsEveryPageInOrder() {
		stubPage(0, 1000);
		stubPage(1000, 1000);
		stubPage(2000, 345);

		List<Row> rows;
		try (Stream<Row> stream = this.base.template().streamRows("Contacts")) {
			rows = stream.toList();
		}

		assertThat(rows).hasSize(2345);
		for (int n = 0; n < rows.size(); n++) {
			assertThat(rows.get(n).id()).isEqualTo(TestRows.id(n));
			assertThat(rows.get(n).getInteger("n")).isEqualTo(n);
		}
		List<LoggedRequest> requests = this.base.wireMock().find(getRequestedFor(SeaTableStubs.gateway("/rows/")));
		assertThat(requests).extracting((request) -> request.queryParameter("start").firstValue())
			.containsExactly("0", "1000", "2000");
		this.base.wireMock()
			.verifyThat(3,
					getRequestedFor(SeaTableStubs.gateway("/rows/")).withQueryParam("table_name", equalTo("Contacts"))
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

		try (Stream<Row> stream = this.base.template().streamRows("Contacts")) {
			assertThat(stream.count()).isEqualTo(1000);
		}

		this.base.wireMock().verifyThat(2, getRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void blockingStreamReadsOnlyThePagesItConsumes() {
		stubPage(0, 1000);
		stubPage(1000, 1000);

		List<Row> firstTen;
		try (Stream<Row> stream = this.base.template().streamRows("Contacts")) {
			firstTen = stream.limit(10).toList();
		}

		assertThat(firstTen).extracting(Row::id)
			.containsExactly(TestRows.id(0), TestRows.id(1), TestRows.id(2), TestRows.id(3), TestRows.id(4),
					TestRows.id(5), TestRows.id(6), TestRows.id(7), TestRows.id(8), TestRows.id(9));
		this.base.wireMock().verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void reactiveStreamRequestsTheNextPageOnlyOnDemand() {
		stubPage(0, 1000);
		stubPage(1000, 1000);
		ReactiveSeaTableTemplate reactive = this.base.reactive();

		StepVerifier.create(reactive.streamRows("Contacts"), 5)
			.expectNextCount(5)
			.then(() -> this.base.wireMock().verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/rows/"))))
			.thenCancel()
			.verify();

		this.base.wireMock().verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void streamRowsUsesTheQueryAsFirstPageAndPageSize() {
		stubPage(50, 100);
		stubPage(150, 20);

		try (Stream<Row> stream = this.base.template().streamRows(RowQuery.table("Contacts").start(50).limit(100))) {
			assertThat(stream.map(Row::id).toList()).hasSize(120)
				.startsWith(TestRows.id(50))
				.endsWith(TestRows.id(169));
		}

		List<LoggedRequest> requests = this.base.wireMock()
			.find(getRequestedFor(SeaTableStubs.gateway("/rows/")).withQueryParam("limit", equalTo("100")));
		assertThat(requests).extracting((request) -> request.queryParameter("start").firstValue())
			.containsExactly("50", "150");
	}

	@Test
	void listRowsPassesViewOrderAndLowercaseDirection() {
		this.base.wireMock().register(get(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"rows\":[]}")));

		List<Row> rows = this.base.template()
			.listRows(RowQuery.table("Contacts").view("Adults").orderBy("Age", Direction.DESC).start(20).limit(10));

		assertThat(rows).isEmpty();
		this.base.wireMock()
			.verifyThat(1,
					getRequestedFor(SeaTableStubs.gateway("/rows/")).withQueryParam("table_name", equalTo("Contacts"))
						.withQueryParam("view_name", equalTo("Adults"))
						.withQueryParam("order_by", equalTo("Age"))
						.withQueryParam("direction", equalTo("desc"))
						.withQueryParam("start", equalTo("20"))
						.withQueryParam("limit", equalTo("10"))
						.withQueryParam("convert_keys", equalTo("true")));
	}

	@Test
	void listRowsEncodesNamesWithSpacesAndSpecialCharacters() {
		this.base.wireMock().register(get(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"rows\":[]}")));

		this.base.template().listRows(RowQuery.table("Kunden & Partner").view("Ä+B").orderBy("Name"));

		this.base.wireMock()
			.verifyThat(1,
					getRequestedFor(SeaTableStubs.gateway("/rows/"))
						.withQueryParam("table_name", equalTo("Kunden & Partner"))
						.withQueryParam("view_name", equalTo("Ä+B"))
						.withQueryParam("direction", equalTo("asc")));
	}

	private void stubPage(int start, int size) {
		this.base.wireMock()
			.register(get(SeaTableStubs.gateway("/rows/")).withQueryParam("start", equalTo(String.valueOf(start)))
				.willReturn(okJson("{\"rows\":" + TestRows.rowsArray(start, size) + "}")));
	}

}

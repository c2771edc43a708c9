package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.SeaTableBatchException;
import io.github.seatablespring.SeaTableServerException;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestRows;
import io.github.seatablespring.testsupport.TestTokens;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A batch stops at the failing request and reports what landed and what to resume with.
 */
@WireMockTest
class BatchFailureTests {

	private WireMockBase base;

	private final List<Map<String, Object>> rows = new ArrayList<>();

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
		for (int n = 0; n < 2500; n++) {
			this.rows.add(Map.of("n", n));
		}
	}

	@Test
	void serverErrorOnSecondAppendStopsBatchAndMayHaveLanded() {
		stubAppendFailingSecond(500, "{\"error_message\":\"internal error\"}");

		SeaTableBatchException ex = catchThrowableOfType(SeaTableBatchException.class,
				() -> this.base.template().appendRows("Contacts", this.rows));

		assertThat(ex.getCompleted().rowsAffected()).isEqualTo(1000);
		assertThat(ex.getCompleted().requests()).isEqualTo(1);
		assertThat(ex.getCompleted().rowIds()).hasSize(1000).startsWith(TestRows.id(0)).endsWith(TestRows.id(999));
		assertThat(ex.getRemaining()).hasSize(1500);
		assertThat(ex.getRemaining()).isEqualTo(this.rows.subList(1000, 2500));
		assertThat(ex.getFailedRequest()).isEqualTo(2);
		assertThat(ex.getTotalRequests()).isEqualTo(3);
		assertThat(ex.isFailedRequestMayHaveLanded()).isTrue();
		assertThat(ex.getCause()).isInstanceOf(SeaTableServerException.class);
		assertThat(ex.getStatus()).hasValue(500);
		assertThat(ex.getErrorMessage()).isEqualTo("internal error");
		assertThat(ex.getMessage()).contains("request 2 of 3", "1000 rows landed", "1500 not", "may have reached")
			.doesNotContain(TestTokens.API_TOKEN)
			.doesNotContain(this.base.jwt());
		// a POST answered with 500 is not replayed, and request 3 is never sent
		this.base.wireMock().verifyThat(2, postRequestedFor(SeaTableStubs.gateway("/rows/")));
		assertThat(this.base.bodies(postRequestedFor(SeaTableStubs.gateway("/rows/")))
			.get(1)
			.get("rows")
			.get(0)
			.get("n")
			.asInt()).isEqualTo(1000);
	}

	@Test
	void badRequestOnSecondAppendDidNotLand() {
		stubAppendFailingSecond(400, "{\"error_message\":\"table not found\"}");

		SeaTableBatchException ex = catchThrowableOfType(SeaTableBatchException.class,
				() -> this.base.template().appendRows("Contacts", this.rows));

		assertThat(ex.isFailedRequestMayHaveLanded()).isFalse();
		assertThat(ex.getMessage()).doesNotContain("may have reached");
		assertThat(ex.getCause()).isInstanceOf(SeaTableBadRequestException.class);
		assertThat(ex.getCompleted().rowsAffected()).isEqualTo(1000);
		assertThat(ex.getRemaining()).hasSize(1500).first().isEqualTo(Map.of("n", 1000));
		assertThat(ex.getFailedRequest()).isEqualTo(2);
		this.base.wireMock().verifyThat(2, postRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void failedFirstUpdateReportsNothingLandedAndEveryUpdateRemaining() {
		this.base.wireMock().register(put(SeaTableStubs.gateway("/rows/")).willReturn(aResponse().withStatus(503)));
		Map<String, Map<String, Object>> updates = new LinkedHashMap<>();
		for (int n = 0; n < 1500; n++) {
			updates.put(TestRows.id(n), Map.of("n", n));
		}

		SeaTableBatchException ex = catchThrowableOfType(SeaTableBatchException.class,
				() -> this.base.template().updateRows("Contacts", updates));

		assertThat(ex.getCompleted().rowsAffected()).isZero();
		assertThat(ex.getCompleted().requests()).isZero();
		assertThat(ex.getRemaining()).hasSize(1500).first().isEqualTo(Map.entry(TestRows.id(0), Map.of("n", 0)));
		assertThat(ex.getFailedRequest()).isEqualTo(1);
		assertThat(ex.getTotalRequests()).isEqualTo(2);
		assertThat(ex.isFailedRequestMayHaveLanded()).isTrue();
		// a PUT is not replayed on 503
		this.base.wireMock().verifyThat(1, putRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void failedSecondDeleteRemainsWithItsIds() {
		this.base.wireMock()
			.register(delete(SeaTableStubs.gateway("/rows/")).inScenario("delete")
				.whenScenarioStateIs(Scenario.STARTED)
				.willSetStateTo("second")
				.willReturn(okJson("{\"success\":true}")));
		this.base.wireMock()
			.register(delete(SeaTableStubs.gateway("/rows/")).inScenario("delete")
				.whenScenarioStateIs("second")
				.willReturn(aResponse().withStatus(404).withBody("{\"error_message\":\"table not found\"}")));
		List<String> ids = new ArrayList<>();
		for (int n = 0; n < 10_001; n++) {
			ids.add(TestRows.id(n));
		}

		SeaTableBatchException ex = catchThrowableOfType(SeaTableBatchException.class,
				() -> this.base.template().deleteRows("Contacts", ids));

		assertThat(ex.getCompleted().rowsAffected()).isEqualTo(10_000);
		assertThat(ex.getRemaining()).isEqualTo(List.of(TestRows.id(10_000)));
		assertThat(ex.isFailedRequestMayHaveLanded()).isFalse();
		assertThat(ex.getStatus()).hasValue(404);
		this.base.wireMock().verifyThat(2, deleteRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	private void stubAppendFailingSecond(int status, String body) {
		SeaTableStubs.stubAppendsAnsweringSecond(this.base.wireMock(),
				aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body));
	}

}

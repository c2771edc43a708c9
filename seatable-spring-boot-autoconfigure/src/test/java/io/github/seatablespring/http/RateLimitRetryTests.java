package io.github.seatablespring.http;

import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.testsupport.RecordingConnector;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TimerRecordingScheduler;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 429 means SeaTable did not execute the request, so it is retried for every method:
 * after the {@code x-ratelimit-reset} SeaTable sent, or else with back-off from 1 s. Runs
 * on virtual time; the test advances it only once the retry's timer is scheduled (see
 * {@link TimerRecordingScheduler}), so the send times the {@link RecordingConnector}
 * records are exact.
 */
@WireMockTest
class RateLimitRetryTests {

	private final RecordingConnector connector = new RecordingConnector();

	private final TimerRecordingScheduler scheduler = new TimerRecordingScheduler();

	@Test
	void retriesAfterTheResetTheServerSent(WireMockRuntimeInfo wm) {
		VirtualTimeStack.stubRowAfter(wm, aResponse().withStatus(429).withHeader("x-ratelimit-reset", "2"));

		StepVerifier
			.withVirtualTime(
					() -> VirtualTimeStack.template(wm, this.connector, 3).getRow("Table 1", VirtualTimeStack.ROW_ID),
					() -> this.scheduler, Long.MAX_VALUE)
			.then(() -> this.scheduler.awaitTimer(Duration.ofSeconds(2)))
			.thenAwait(Duration.ofMillis(1999))
			.then(() -> assertThat(rowRequests()).as("not retried before 2 s").hasSize(1))
			.thenAwait(Duration.ofMillis(1))
			.assertNext((row) -> assertThat(row.id()).isEqualTo(VirtualTimeStack.ROW_ID))
			.expectComplete()
			.verify(Duration.ofSeconds(10));

		assertThat(this.connector.sendOffsets(VirtualTimeStack.ROW_PATH)).containsExactly(0L, 2000L);
		wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo(VirtualTimeStack.ROW_PATH)));
	}

	@Test
	void withoutResetHeaderBacksOffOneSecond(WireMockRuntimeInfo wm) {
		VirtualTimeStack.stubRowAfter(wm, status(429));

		StepVerifier
			.withVirtualTime(
					() -> VirtualTimeStack.template(wm, this.connector, 3).getRow("Table 1", VirtualTimeStack.ROW_ID),
					() -> this.scheduler, Long.MAX_VALUE)
			.then(() -> this.scheduler.awaitTimer(Duration.ofSeconds(1)))
			.thenAwait(Duration.ofMillis(999))
			.then(() -> assertThat(rowRequests()).as("not retried before 1 s").hasSize(1))
			.thenAwait(Duration.ofMillis(1))
			.assertNext((row) -> assertThat(row.getString("Name")).isEqualTo("a row"))
			.expectComplete()
			.verify(Duration.ofSeconds(10));

		assertThat(this.connector.sendOffsets(VirtualTimeStack.ROW_PATH)).containsExactly(0L, 1000L);
		wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo(VirtualTimeStack.ROW_PATH)));
	}

	@Test
	void gives429UpAfterTheConfiguredAttempts(WireMockRuntimeInfo wm) {
		VirtualTimeStack.stubToken(wm);
		wm.getWireMock()
			.register(get(urlPathEqualTo(VirtualTimeStack.ROW_PATH))
				.willReturn(aResponse().withStatus(429).withBody("{\"detail\":\"Request was throttled.\"}")));

		StepVerifier
			.withVirtualTime(
					() -> VirtualTimeStack.template(wm, this.connector, 3).getRow("Table 1", VirtualTimeStack.ROW_ID),
					() -> this.scheduler, Long.MAX_VALUE)
			.then(() -> this.scheduler.awaitTimer(Duration.ofSeconds(1)))
			.thenAwait(Duration.ofSeconds(1))
			.then(() -> this.scheduler.awaitTimer(Duration.ofSeconds(2)))
			.thenAwait(Duration.ofSeconds(2))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(SeaTableRateLimitException.class);
				SeaTableRateLimitException limited = (SeaTableRateLimitException) ex;
				assertThat(limited.getStatus()).hasValue(429);
				assertThat(limited.getErrorMessage()).isEqualTo("Request was throttled.");
				assertThat(limited.getPath()).isEqualTo(VirtualTimeStack.ROW_PATH);
			})
			.verify(Duration.ofSeconds(10));

		// exponential back-off: 1 s, then 2 s
		assertThat(this.connector.sendOffsets(VirtualTimeStack.ROW_PATH)).containsExactly(0L, 1000L, 3000L);
		wm.getWireMock().verifyThat(3, getRequestedFor(urlPathEqualTo(VirtualTimeStack.ROW_PATH)));
	}

	@Test
	void retries429ForPostBecauseNothingWasWritten(WireMockRuntimeInfo wm) {
		VirtualTimeStack.stubToken(wm);
		wm.getWireMock()
			.register(post(urlPathEqualTo(VirtualTimeStack.ROWS_PATH)).inScenario("append")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(status(429))
				.willSetStateTo("free"));
		wm.getWireMock()
			.register(post(urlPathEqualTo(VirtualTimeStack.ROWS_PATH)).inScenario("append")
				.whenScenarioStateIs("free")
				.willReturn(okJson(
						"{\"inserted_row_count\":1,\"row_ids\":[{\"_id\":\"" + VirtualTimeStack.ROW_ID + "\"}]}")));

		StepVerifier
			.withVirtualTime(
					() -> VirtualTimeStack.template(wm, this.connector, 3).appendRow("Table 1", Map.of("Name", "Ada")),
					() -> this.scheduler, Long.MAX_VALUE)
			.then(() -> this.scheduler.awaitTimer(Duration.ofSeconds(1)))
			.thenAwait(Duration.ofSeconds(1))
			.assertNext((row) -> {
				assertThat(row.id()).isEqualTo(VirtualTimeStack.ROW_ID);
				assertThat(row.getString("Name")).isEqualTo("Ada");
			})
			.expectComplete()
			.verify(Duration.ofSeconds(10));

		wm.getWireMock()
			.verifyThat(2, postRequestedFor(urlPathEqualTo(VirtualTimeStack.ROWS_PATH))
				.withRequestBody(equalToJson("{\"table_name\":\"Table 1\",\"rows\":[{\"Name\":\"Ada\"}]}")));
		wm.getWireMock().verifyThat(1, SeaTableStubs.tokenRequests());
	}

	private java.util.List<RecordingConnector.Sent> rowRequests() {
		return this.connector.sent(VirtualTimeStack.ROW_PATH);
	}

}

package io.github.seatablespring.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableBatchException;
import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.autoconfigure.SeaTableBaseSettings;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.RowValidation;
import io.github.seatablespring.testsupport.RecordingConnector;
import io.github.seatablespring.testsupport.StallingServer;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import io.github.seatablespring.testsupport.TimerRecordingScheduler;
import io.github.seatablespring.testsupport.VirtualTimeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults at the socket and in the body: {@code seatable.timeout} bounds the whole
 * exchange, body included; a body cut mid-way is a {@link SeaTableConnectionException}
 * and a GET is retried like after a reset; an HTML page answered with 200 is a
 * {@link SeaTableMalformedResponseException}. Nothing else reaches the caller.
 */
@WireMockTest
class TransportFaultTests {

	private static final String ROW_JSON = "{\"_id\":\"" + VirtualTimeStack.ROW_ID + "\",\"Name\":\"a row\"}";

	private final RecordingConnector connector = new RecordingConnector();

	private final TimerRecordingScheduler scheduler = new TimerRecordingScheduler();

	@ParameterizedTest
	@EnumSource(value = Fault.class, names = { "MALFORMED_RESPONSE_CHUNK", "EMPTY_RESPONSE" })
	void getWhoseAnswerIsCutIsRetriedLikeAfterAReset(Fault fault, WireMockRuntimeInfo wm) {
		VirtualTimeStack.stubRowAfter(wm, aResponse().withStatus(200).withFault(fault));

		StepVerifier
			.withVirtualTime(
					() -> VirtualTimeStack.template(wm, this.connector, 3).getRow("Table 1", VirtualTimeStack.ROW_ID),
					() -> this.scheduler, Long.MAX_VALUE)
			.then(() -> this.scheduler.awaitTimer(Duration.ofSeconds(1)))
			.thenAwait(Duration.ofSeconds(1))
			.assertNext((row) -> assertThat(row.getString("Name")).isEqualTo("a row"))
			.expectComplete()
			.verify(Duration.ofSeconds(10));

		assertThat(this.connector.sendOffsets(VirtualTimeStack.ROW_PATH)).containsExactly(0L, 1000L);
		wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo(VirtualTimeStack.ROW_PATH)));
	}

	@Test
	void postWhoseAnswerIsCutIsAConnectionFailureAndNotReplayed(WireMockRuntimeInfo wm) {
		VirtualTimeStack.stubToken(wm);
		wm.getWireMock()
			.register(post(urlPathEqualTo(VirtualTimeStack.ROWS_PATH))
				.willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

		StepVerifier
			.withVirtualTime(
					() -> VirtualTimeStack.template(wm, this.connector, 3).appendRow("Table 1", Map.of("Name", "Ada")),
					() -> this.scheduler, Long.MAX_VALUE)
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(SeaTableConnectionException.class);
				assertThat(ex.getMessage()).contains("broke while reading the answer", "POST",
						VirtualTimeStack.ROWS_PATH);
			})
			.verify(Duration.ofSeconds(10));

		wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo(VirtualTimeStack.ROWS_PATH)));
	}

	@Test
	void htmlPageAnsweredWithOkIsMalformedAndNotRetried(WireMockRuntimeInfo wm) {
		VirtualTimeStack.stubToken(wm);
		wm.getWireMock()
			.register(get(urlPathEqualTo(VirtualTimeStack.ROW_PATH)).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/html; charset=utf-8")
				.withBody("<html><body>Please log in</body></html>")));

		StepVerifier
			.withVirtualTime(
					() -> VirtualTimeStack.template(wm, this.connector, 3).getRow("Table 1", VirtualTimeStack.ROW_ID),
					() -> this.scheduler, Long.MAX_VALUE)
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(SeaTableMalformedResponseException.class);
				SeaTableException failure = (SeaTableException) ex;
				assertThat(failure.getStatus()).hasValue(200);
				assertThat(failure.getMethod()).isEqualTo("GET");
				assertThat(failure.getPath()).isEqualTo(VirtualTimeStack.ROW_PATH);
				assertThat(failure.getMessage()).contains("HTML page");
			})
			.verify(Duration.ofSeconds(10));

		wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo(VirtualTimeStack.ROW_PATH)));
	}

	@Test
	void bodyThatStallsAfterTheHeadersFailsAtTheTimeout() throws Exception {
		AtomicLong failedAt = new AtomicLong(-1);
		try (StallingServer server = new StallingServer(ROW_JSON)) {
			StepVerifier
				.withVirtualTime(
						() -> oneAttemptTemplate(server.url(), Duration.ofSeconds(1))
							.getRow("Table 1", VirtualTimeStack.ROW_ID)
							.doOnError((ex) -> failedAt.set(this.scheduler.now(TimeUnit.MILLISECONDS))),
						() -> this.scheduler, Long.MAX_VALUE)
				// one deadline per exchange, headers and body: the token's and the row's
				.then(() -> this.scheduler.awaitTimers(Duration.ofSeconds(1)::equals, 2))
				.then(server::awaitStalledAnswer)
				.thenAwait(Duration.ofSeconds(1))
				.expectErrorSatisfies((ex) -> {
					assertThat(ex).isExactlyInstanceOf(SeaTableConnectionException.class);
					SeaTableConnectionException failure = (SeaTableConnectionException) ex;
					assertThat(failure.getMethod()).isEqualTo("GET");
					assertThat(failure.getPath()).isEqualTo(VirtualTimeStack.ROW_PATH);
					assertThat(failure.getMessage()).contains("within PT1S (seatable.timeout)");
				})
				.verify(Duration.ofSeconds(10));

			assertThat(failedAt).as("failed when the time-out passed, not before").hasValue(1000);
			assertThat(server.requests()).filteredOn((line) -> line.contains("/rows/")).hasSize(1);
		}
	}

	@Test
	void batchWhoseAnswerStallsMayHaveLanded() throws Exception {
		List<Map<String, Object>> rows = List.of(Map.of("Name", "Ada"), Map.of("Name", "Grace"));
		try (StallingServer server = new StallingServer(
				"{\"inserted_row_count\":2,\"row_ids\":[{\"_id\":\"a\"},{\"_id\":\"b\"}]}")) {
			StepVerifier
				.withVirtualTime(
						() -> oneAttemptTemplate(server.url(), Duration.ofSeconds(1)).appendRows("Table 1", rows),
						() -> this.scheduler, Long.MAX_VALUE)
				// the token's deadline and the append's
				.then(() -> this.scheduler.awaitTimers(Duration.ofSeconds(1)::equals, 2))
				.then(server::awaitStalledAnswer)
				.thenAwait(Duration.ofSeconds(1))
				.expectErrorSatisfies((ex) -> {
					assertThat(ex).isExactlyInstanceOf(SeaTableBatchException.class);
					SeaTableBatchException batch = (SeaTableBatchException) ex;
					assertThat(batch.isFailedRequestMayHaveLanded()).isTrue();
					assertThat(batch.getRemaining()).isEqualTo(rows);
					assertThat(batch.getCause()).isExactlyInstanceOf(SeaTableConnectionException.class)
						.hasMessageContaining("within PT1S (seatable.timeout)");
				})
				.verify(Duration.ofSeconds(10));

			assertThat(server.requests()).filteredOn((line) -> line.startsWith("POST")).hasSize(1);
		}
	}

	@Test
	void bodyThatTricklesInSlowerThanTheTimeoutFails(WireMockRuntimeInfo wm) {
		VirtualTimeStack.stubToken(wm);
		wm.getWireMock()
			.register(get(urlPathEqualTo(VirtualTimeStack.ROW_PATH)).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(ROW_JSON)
				.withChunkedDribbleDelay(ROW_JSON.length(), 8000)));

		StepVerifier.create(oneAttemptTemplate(wm.getHttpBaseUrl(), Duration.ofMillis(500)).getRow("Table 1",
				VirtualTimeStack.ROW_ID))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(SeaTableConnectionException.class);
				assertThat(ex.getMessage()).contains("within PT0.5S (seatable.timeout)");
			})
			.verify(Duration.ofSeconds(5));
	}

	private static ReactiveSeaTableTemplate oneAttemptTemplate(String url, Duration timeout) {
		SeaTableBaseSettings settings = new SeaTableBaseSettings("test", URI.create(url), TestTokens.API_TOKEN, timeout,
				Duration.ofMinutes(5), true, 300, 5000, Duration.ofMinutes(1), 1, RowValidation.DISABLED);
		return TestBases.factory(new VirtualTimeClock()).create(settings).template();
	}

}

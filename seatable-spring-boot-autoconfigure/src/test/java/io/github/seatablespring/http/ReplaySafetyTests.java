package io.github.seatablespring.http;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableServerException;
import io.github.seatablespring.testsupport.RecordingConnector;
import io.github.seatablespring.testsupport.TimerRecordingScheduler;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write that may have reached SeaTable is never replayed (it could be executed twice);
 * a read is retried on transient failures. Runs on virtual time, so back-offs take no
 * real time; the error reaching the subscriber shows the retry gave up instead of
 * scheduling a replay.
 */
@WireMockTest
class ReplaySafetyTests {

	private final RecordingConnector connector = new RecordingConnector();

	private final TimerRecordingScheduler scheduler = new TimerRecordingScheduler();

	@Test
	void postIsNotReplayedOnServerError(WireMockRuntimeInfo wm) {
		appendRowFailsWithoutReplay(wm, serverError().withBody("{\"error_msg\":\"Internal Server Error\"}"), (ex) -> {
			assertThat(ex).isExactlyInstanceOf(SeaTableServerException.class);
			SeaTableServerException server = (SeaTableServerException) ex;
			assertThat(server.getStatus()).hasValue(500);
			assertThat(server.getErrorMessage()).isEqualTo("Internal Server Error");
			assertThat(server.getMethod()).isEqualTo("POST");
		});
	}

	@Test
	void postIsNotReplayedOnGatewayErrorThatAGetWouldRetry(WireMockRuntimeInfo wm) {
		appendRowFailsWithoutReplay(wm, aResponse().withStatus(503).withBody("{\"detail\":\"Service Unavailable\"}"),
				(ex) -> {
					assertThat(ex).isExactlyInstanceOf(SeaTableServerException.class);
					assertThat(((SeaTableServerException) ex).getStatus()).hasValue(503);
				});
	}

	@Test
	void postIsNotReplayedAfterConnectionReset(WireMockRuntimeInfo wm) {
		appendRowFailsWithoutReplay(wm, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), (ex) -> {
			assertThat(ex).isExactlyInstanceOf(SeaTableConnectionException.class);
			assertThat(((SeaTableConnectionException) ex).getStatus()).isEmpty();
			assertThat(ex.getMessage()).contains("POST", VirtualTimeStack.ROWS_PATH);
		});
	}

	@Test
	void getIsRetriedOnServiceUnavailable(WireMockRuntimeInfo wm) {
		VirtualTimeStack.stubRowAfter(wm,
				aResponse().withStatus(503).withBody("<html><body>Service Unavailable</body></html>"));

		readRowRetryingAfterOneSecond(wm);
	}

	@Test
	void getIsRetriedAfterConnectionFault(WireMockRuntimeInfo wm) {
		VirtualTimeStack.stubRowAfter(wm, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

		readRowRetryingAfterOneSecond(wm);
	}

	/**
	 * Appends a row to a server that answers the POST with {@code answer}: the error
	 * reaching the subscriber must satisfy {@code error}, and the POST must have been
	 * sent exactly once.
	 */
	private void appendRowFailsWithoutReplay(WireMockRuntimeInfo wm, ResponseDefinitionBuilder answer,
			Consumer<Throwable> error) {
		VirtualTimeStack.stubToken(wm);
		wm.getWireMock().register(post(urlPathEqualTo(VirtualTimeStack.ROWS_PATH)).willReturn(answer));

		StepVerifier
			.withVirtualTime(
					() -> VirtualTimeStack.template(wm, this.connector, 3).appendRow("Table 1", Map.of("Name", "Ada")),
					() -> this.scheduler, Long.MAX_VALUE)
			.expectErrorSatisfies(error)
			.verify(Duration.ofSeconds(10));

		wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo(VirtualTimeStack.ROWS_PATH)));
	}

	private void readRowRetryingAfterOneSecond(WireMockRuntimeInfo wm) {
		StepVerifier
			.withVirtualTime(
					() -> VirtualTimeStack.template(wm, this.connector, 3).getRow("Table 1", VirtualTimeStack.ROW_ID),
					() -> this.scheduler, Long.MAX_VALUE)
			.then(() -> this.scheduler.awaitTimer(Duration.ofSeconds(1)))
			.thenAwait(Duration.ofSeconds(1))
			.assertNext((row) -> assertThat(row.id()).isEqualTo(VirtualTimeStack.ROW_ID))
			.expectComplete()
			.verify(Duration.ofSeconds(10));

		assertThat(this.connector.sendOffsets(VirtualTimeStack.ROW_PATH)).containsExactly(0L, 1000L);
		wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo(VirtualTimeStack.ROW_PATH)));
	}

}

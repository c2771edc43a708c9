package io.github.seatablespring.http;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableQuotaExceededException;
import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.autoconfigure.SeaTableBaseSettings;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.RowValidation;
import io.github.seatablespring.testsupport.RecordingConnector;
import io.github.seatablespring.testsupport.TestTokens;
import io.github.seatablespring.testsupport.TimerRecordingScheduler;
import io.github.seatablespring.testsupport.VirtualTimeClock;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * No caller waits longer than {@code seatable.rate-limit.max-wait} for SeaTable either: a
 * 429 whose {@code x-ratelimit-reset} or {@code Retry-After} is further away fails at
 * once, saying when the next request is allowed, as a quota when that is more than a
 * minute away.
 */
@WireMockTest
class ServerRequestedWaitTests {

	private final RecordingConnector connector = new RecordingConnector();

	private final TimerRecordingScheduler scheduler = new TimerRecordingScheduler();

	@Test
	void resetAnHourAheadFailsAtOnceAsASpentQuota(WireMockRuntimeInfo wm) {
		stubRow429(wm, "x-ratelimit-reset", "3600");
		Instant sent = Instant.now();

		StepVerifier
			.withVirtualTime(() -> template(wm, Duration.ofMinutes(1)).getRow("Table 1", VirtualTimeStack.ROW_ID),
					() -> this.scheduler, Long.MAX_VALUE)
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(SeaTableQuotaExceededException.class);
				SeaTableQuotaExceededException quota = (SeaTableQuotaExceededException) ex;
				assertThat(quota.getStatus()).hasValue(429);
				assertThat(quota.getMethod()).isEqualTo("GET");
				assertThat(quota.getPath()).isEqualTo(VirtualTimeStack.ROW_PATH);
				assertThat(quota.getNextPermitAt()).isCloseTo(sent.plusSeconds(3600), within(Duration.ofSeconds(5)));
				assertThat(quota.getMessage()).contains("next request at " + quota.getNextPermitAt(), "PT1H",
						"seatable.rate-limit.max-wait (PT1M)");
			})
			.verify(Duration.ofSeconds(5));

		wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo(VirtualTimeStack.ROW_PATH)));
	}

	@Test
	void retryAfterBeyondMaxWaitFailsAtOnceAsARateLimit(WireMockRuntimeInfo wm) {
		stubRow429(wm, "Retry-After", "45");

		StepVerifier
			.withVirtualTime(() -> template(wm, Duration.ofSeconds(10)).getRow("Table 1", VirtualTimeStack.ROW_ID),
					() -> this.scheduler, Long.MAX_VALUE)
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(SeaTableRateLimitException.class);
				SeaTableRateLimitException limited = (SeaTableRateLimitException) ex;
				assertThat(limited.getStatus()).hasValue(429);
				assertThat(limited.getRetryAfter()).isEqualTo(Duration.ofSeconds(45));
				assertThat(limited.getMessage()).contains("in PT45S", "seatable.rate-limit.max-wait (PT10S)");
			})
			.verify(Duration.ofSeconds(5));

		wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo(VirtualTimeStack.ROW_PATH)));
	}

	@Test
	void resetWithinMaxWaitIsStillWaitedFor(WireMockRuntimeInfo wm) {
		VirtualTimeStack.stubRowAfter(wm, aResponse().withStatus(429).withHeader("x-ratelimit-reset", "20"));

		StepVerifier
			.withVirtualTime(() -> template(wm, Duration.ofSeconds(20)).getRow("Table 1", VirtualTimeStack.ROW_ID),
					() -> this.scheduler, Long.MAX_VALUE)
			.then(() -> this.scheduler.awaitTimer(Duration.ofSeconds(20)))
			.thenAwait(Duration.ofSeconds(20))
			.assertNext((row) -> assertThat(row.id()).isEqualTo(VirtualTimeStack.ROW_ID))
			.expectComplete()
			.verify(Duration.ofSeconds(5));

		assertThat(this.connector.sendOffsets(VirtualTimeStack.ROW_PATH)).containsExactly(0L, 20_000L);
	}

	private static void stubRow429(WireMockRuntimeInfo wm, String header, String value) {
		VirtualTimeStack.stubToken(wm);
		wm.getWireMock()
			.register(get(urlPathEqualTo(VirtualTimeStack.ROW_PATH))
				.willReturn(aResponse().withStatus(429).withHeader(header, value)));
	}

	private ReactiveSeaTableTemplate template(WireMockRuntimeInfo wm, Duration maxWait) {
		SeaTableBaseSettings settings = new SeaTableBaseSettings("test", URI.create(wm.getHttpBaseUrl()),
				TestTokens.API_TOKEN, Duration.ofSeconds(10), Duration.ofMinutes(5), true, 300, 5000, maxWait, 3,
				RowValidation.DISABLED);
		return new SeaTableTemplateFactory(WebClient.builder().clientConnector(this.connector), List.of(),
				JsonMapper.shared(), new VirtualTimeClock())
			.create(settings)
			.template();
	}

}

package io.github.seatablespring.ratelimit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.autoconfigure.SeaTableBaseSettings;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.testsupport.RecordingConnector;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestTokens;
import io.github.seatablespring.testsupport.TimerRecordingScheduler;
import io.github.seatablespring.testsupport.VirtualTimeClock;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client-side quota keeps SeaTable's sliding minute window on the wire, through the
 * whole stack, without really waiting.
 *
 * <p>
 * Design: the calls run under {@code StepVerifier.withVirtualTime}; the limiter's clock
 * and the quota's delays both read the virtual-time scheduler. WireMock logs real time,
 * which says nothing here, so a {@link RecordingConnector} below every filter records the
 * virtual instant at which each request really goes on the wire. The test advances
 * virtual time only when no request is in flight and every held request has its quota
 * timer (it waits, in real time, for the responses and for the timers), so the
 * per-request time-out never fires and every recorded instant is the instant the quota
 * released the request. The assertions are about those instants: no 60 s window holds
 * more than the limit, and the requests over the limit went out only a full window plus
 * margin after the first ones.
 */
@WireMockTest
class SlidingWindowOnTheWireTests {

	private static final int PER_MINUTE = 5;

	private static final Duration MARGIN = SlidingWindowRateLimiter.SAFETY_MARGIN;

	@Test
	void twelveCallsNeverPutMoreThanTheLimitIntoAnyMinute(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock()
			.register(get(urlPathMatching(SeaTableStubs.GATEWAY + "/rows/.+/"))
				.willReturn(okJson("{\"_id\":\"Bko1e60YT-egit2SljWSZA\",\"Name\":\"a row\"}")));
		RecordingConnector connector = new RecordingConnector();
		TimerRecordingScheduler scheduler = new TimerRecordingScheduler();

		StepVerifier.withVirtualTime(() -> {
			ReactiveSeaTableTemplate template = template(wm, connector);
			return Flux.range(0, 12)
				.flatMap((i) -> template.getRow("Table 1", String.format("Bko1e60YT-egit2SljWS%02d", i)));
		}, () -> scheduler, Long.MAX_VALUE)
			// the first five go out at once, the other seven are held by quota delays of
			// a minute or more
			.expectNextCount(PER_MINUTE)
			.then(() -> scheduler.awaitTimers((delay) -> delay.compareTo(Duration.ofMinutes(1)) > 0, 12 - PER_MINUTE))
			.then(() -> assertThat(connector.sent(SeaTableStubs.GATEWAY)).hasSize(PER_MINUTE))
			.thenAwait(Duration.ofSeconds(61))
			.expectNextCount(PER_MINUTE)
			.then(() -> assertThat(connector.sent(SeaTableStubs.GATEWAY)).hasSize(2 * PER_MINUTE))
			.thenAwait(Duration.ofSeconds(61))
			.expectNextCount(2)
			.expectComplete()
			.verify(Duration.ofSeconds(15));

		List<Long> sendTimes = connector.sent(SeaTableStubs.GATEWAY)
			.stream()
			.map(RecordingConnector.Sent::at)
			.sorted()
			.toList();
		assertThat(sendTimes).hasSize(12);
		assertThat(SlidingWindowRateLimiterTests.maxInAnyWindow(sendTimes, Duration.ofMinutes(1).plus(MARGIN)))
			.isEqualTo(PER_MINUTE);
		long window = Duration.ofMinutes(1).plus(MARGIN).toMillis();
		assertThat(sendTimes.get(PER_MINUTE) - sendTimes.get(0)).isGreaterThanOrEqualTo(window);
		assertThat(sendTimes.get(2 * PER_MINUTE) - sendTimes.get(PER_MINUTE)).isGreaterThanOrEqualTo(window);
		// and nothing waited longer than needed: the whole run took two windows, not more
		assertThat(sendTimes.get(11) - sendTimes.get(0)).isLessThan(2 * window + 1000);
		wm.getWireMock().verifyThat(12, getRequestedFor(urlPathMatching(SeaTableStubs.GATEWAY + "/rows/.+/")));
		wm.getWireMock().verifyThat(1, SeaTableStubs.tokenRequests());
	}

	private static ReactiveSeaTableTemplate template(WireMockRuntimeInfo wm, RecordingConnector connector) {
		// created inside the virtual-time supplier: the quota filter picks up
		// Schedulers.parallel() here
		SeaTableBaseSettings settings = new SeaTableBaseSettings("test", URI.create(wm.getHttpBaseUrl()),
				TestTokens.API_TOKEN, Duration.ofSeconds(10), Duration.ofMinutes(5), true, PER_MINUTE, 5000,
				Duration.ofMinutes(5), 3);
		return new SeaTableTemplateFactory(WebClient.builder().clientConnector(connector), List.of(),
				JsonMapper.shared(), new VirtualTimeClock())
			.create(settings)
			.template();
	}

}

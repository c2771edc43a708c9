package io.github.seatablespring.ratelimit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableQuotaExceededException;
import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.autoconfigure.SeaTableBaseSettings;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.testsupport.MutableClock;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full quota refuses a call before anything is sent: the daily window at once, the
 * minute window when its wait would exceed max-wait. The clock stands still, so a call
 * that waited instead would never finish within the verification time-out.
 */
@WireMockTest
class QuotaRefusalTests {

	private static final String ROW_ID = "Bko1e60YT-egit2SljWSZA";

	private final MutableClock clock = MutableClock.atFixedInstant();

	@Test
	void spentDailyQuotaFailsAtOnceAndSaysWhenTheNextPermitFrees(WireMockRuntimeInfo wm) {
		// max-wait of two days: failing fast must not depend on max-wait
		ReactiveSeaTableTemplate template = template(wm, 100, 3, Duration.ofDays(2));
		Instant start = this.clock.instant();
		for (int i = 0; i < 3; i++) {
			assertThat(template.getRow("Table 1", ROW_ID).block(Duration.ofSeconds(5))).isNotNull();
			this.clock.advance(Duration.ofMinutes(1));
		}

		Instant expected = start.plus(Duration.ofDays(1)).plus(SlidingWindowRateLimiter.SAFETY_MARGIN);
		StepVerifier.create(template.getRow("Table 1", ROW_ID)).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(SeaTableQuotaExceededException.class);
			SeaTableQuotaExceededException quota = (SeaTableQuotaExceededException) ex;
			assertThat(quota.getNextPermitAt()).isEqualTo(expected);
			assertThat(quota.getMessage()).contains("Daily quota of 3", "'test'", expected.toString())
				.doesNotContain(TestTokens.API_TOKEN);
		}).verify(Duration.ofSeconds(5));
		wm.getWireMock().verifyThat(3, getRequestedFor(SeaTableStubs.gateway("/rows/" + ROW_ID + "/")));
	}

	@Test
	void minuteWaitLongerThanMaxWaitFailsWithoutSending(WireMockRuntimeInfo wm) {
		ReactiveSeaTableTemplate template = template(wm, 2, 5000, Duration.ofSeconds(10));
		template.getRow("Table 1", ROW_ID).block(Duration.ofSeconds(5));
		template.getRow("Table 1", ROW_ID).block(Duration.ofSeconds(5));

		StepVerifier.create(template.getRow("Table 1", ROW_ID)).expectErrorSatisfies((ex) -> {
			assertThat(ex).isExactlyInstanceOf(SeaTableRateLimitException.class);
			SeaTableRateLimitException limited = (SeaTableRateLimitException) ex;
			assertThat(limited.getStatus()).isEmpty();
			assertThat(limited.getMethod()).isEqualTo("GET");
			assertThat(limited.getPath()).isEqualTo(SeaTableStubs.GATEWAY + "/rows/" + ROW_ID + "/");
			assertThat(limited.getMessage()).contains("2 requests per PT1M", "max-wait", "PT10S");
		}).verify(Duration.ofSeconds(5));
		// the refused call was neither sent nor retried
		wm.getWireMock().verifyThat(2, getRequestedFor(SeaTableStubs.gateway("/rows/" + ROW_ID + "/")));
		wm.getWireMock().verifyThat(1, SeaTableStubs.tokenRequests());
	}

	private ReactiveSeaTableTemplate template(WireMockRuntimeInfo wm, int perMinute, int perDay, Duration maxWait) {
		SeaTableStubs.stubToken(wm.getWireMock(), this.clock.instant().plus(3, ChronoUnit.DAYS));
		wm.getWireMock()
			.register(get(SeaTableStubs.gateway("/rows/" + ROW_ID + "/"))
				.willReturn(okJson("{\"_id\":\"" + ROW_ID + "\",\"Name\":\"a row\"}")));
		SeaTableBaseSettings settings = new SeaTableBaseSettings("test", URI.create(wm.getHttpBaseUrl()),
				TestTokens.API_TOKEN, Duration.ofSeconds(10), Duration.ofMinutes(5), true, perMinute, perDay, maxWait,
				3);
		return TestBases.factory(this.clock).create(settings).template();
	}

}

package io.github.seatablespring.ratelimit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.seatablespring.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link QuotaFilter} with the in-memory limiter: cancelled waits and the server's
 * rate-limit headers.
 */
class QuotaFilterTests {

	private static final Duration WINDOW = Duration.ofMinutes(1).plus(SlidingWindowRateLimiter.SAFETY_MARGIN);

	private final MutableClock clock = MutableClock.atFixedInstant();

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final ClientRequest request = ClientRequest
		.create(HttpMethod.GET, URI.create("https://seatable.example.com/api-gateway/api/v2/dtables/uuid/metadata/"))
		.build();

	private final AtomicInteger sent = new AtomicInteger();

	@Test
	void callerCancelledWhileWaitingGivesItsPermitBackAndSendsNothing() {
		SlidingWindowRateLimiter limiter = limiter(1, 100);
		QuotaFilter filter = new QuotaFilter("orders", limiter, Duration.ofMinutes(5), this.scheduler, this.clock);
		filter.filter(this.request, answering(ClientResponse.create(HttpStatus.OK).build())).block();

		Disposable waiting = filter.filter(this.request, answering(ClientResponse.create(HttpStatus.OK).build()))
			.subscribe();
		assertThat(limiter.getMetrics().getNumberOfWaitingThreads()).isEqualTo(1);
		waiting.dispose();
		this.scheduler.advanceTimeBy(WINDOW.multipliedBy(2));

		assertThat(this.sent).hasValue(1);
		assertThat(limiter.getMetrics().getNumberOfWaitingThreads()).isZero();
		// the next caller gets the turn the cancelled one left, not the one after it
		assertThat(limiter.reserve(Duration.ofMinutes(5)).delay()).isEqualTo(WINDOW);
	}

	@Test
	void serverHeadersLowerTheWindowAndHoldPermitsUntilTheReset() {
		SlidingWindowRateLimiter limiter = limiter(300, 5000);
		QuotaFilter filter = new QuotaFilter("orders", limiter, Duration.ofMinutes(5), this.scheduler, this.clock);
		ClientResponse announcing = ClientResponse.create(HttpStatus.OK)
			.header("x-ratelimit-limit", "200")
			.header("x-ratelimit-remaining", "0")
			.header("x-ratelimit-reset", "30")
			.build();

		filter.filter(this.request, answering(announcing)).block();

		assertThat(limiter.getWindows()).extracting(RateWindow::limit).containsExactly(200, 5000);
		Instant now = this.clock.instant();
		assertThat(limiter.nextFreePermit()).contains(now.plusSeconds(30));
		assertThat(limiter.reserve(Duration.ofMinutes(5)).delay()).isEqualTo(Duration.ofSeconds(30));
		// a higher figure never raises the configured limit
		filter
			.filter(this.request,
					answering(ClientResponse.create(HttpStatus.OK).header("x-ratelimit-limit", "900").build()))
			.subscribe();
		this.scheduler.advanceTimeBy(Duration.ofMinutes(1));
		assertThat(this.sent).hasValue(2);
		assertThat(limiter.getWindows().get(0).limit()).isEqualTo(200);
	}

	private SlidingWindowRateLimiter limiter(int perMinute, int perDay) {
		return new SlidingWindowRateLimiter("orders",
				List.of(RateWindow.waiting("minute", perMinute, Duration.ofMinutes(1)),
						RateWindow.failingFast("day", perDay, Duration.ofDays(1))),
				Duration.ZERO, this.clock);
	}

	private ExchangeFunction answering(ClientResponse response) {
		return (request) -> Mono.fromSupplier(() -> {
			this.sent.incrementAndGet();
			return response;
		});
	}

}

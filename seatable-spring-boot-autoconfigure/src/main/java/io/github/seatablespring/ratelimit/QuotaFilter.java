package io.github.seatablespring.ratelimit;

import java.time.Duration;
import java.time.Instant;

import io.github.seatablespring.SeaTableQuotaExceededException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import io.github.seatablespring.SeaTableRateLimitException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Takes a permit from a base's {@link SlidingWindowRateLimiter} before every request that goes on
 * the wire, replays included. A request that must wait is delayed without blocking a thread.
 */
public final class QuotaFilter implements ExchangeFilterFunction {

	private static final Log logger = LogFactory.getLog(QuotaFilter.class);

	private final String baseName;

	private final SlidingWindowRateLimiter limiter;

	private final Duration maxWait;

	private final Scheduler scheduler;

	public QuotaFilter(String baseName, SlidingWindowRateLimiter limiter, Duration maxWait) {
		this(baseName, limiter, maxWait, Schedulers.parallel());
	}

	QuotaFilter(String baseName, SlidingWindowRateLimiter limiter, Duration maxWait, Scheduler scheduler) {
		this.baseName = baseName;
		this.limiter = limiter;
		this.maxWait = maxWait;
		this.scheduler = scheduler;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return Mono.defer(() -> {
			Reservation reservation = this.limiter.reserve(this.maxWait);
			if (!reservation.granted()) {
				return Mono.error(refusal(request, reservation));
			}
			Mono<ClientResponse> exchange = next.exchange(request);
			Duration delay = reservation.delay();
			if (delay.isZero()) {
				return exchange;
			}
			if (logger.isDebugEnabled()) {
				logger.debug("Quota of SeaTable base '" + this.baseName + "' is in use: " + request.method() + " "
						+ request.url().getRawPath() + " waits " + delay.toMillis() + " ms");
			}
			return Mono.delay(delay, this.scheduler).then(exchange);
		});
	}

	private RuntimeException refusal(ClientRequest request, Reservation reservation) {
		RateWindow window = reservation.blockedBy();
		Instant nextPermitAt = reservation.nextPermitAt();
		if (window != null && nextPermitAt != null && window.failFast()) {
			return new SeaTableQuotaExceededException(this.baseName, window.limit(), nextPermitAt);
		}
		int limit = (window != null) ? window.limit() : 0;
		String length = (window != null) ? window.length().toString() : "";
		return new SeaTableRateLimitException(
				"Rate limit of " + limit + " requests per " + length + " for SeaTable base '" + this.baseName
						+ "' would need a wait longer than seatable.rate-limit.max-wait (" + this.maxWait + ")"
						+ ((nextPermitAt != null) ? "; the next request is allowed at " + nextPermitAt : ""),
				0, null, request.method().name(), request.url().getRawPath(), null, null);
	}

}

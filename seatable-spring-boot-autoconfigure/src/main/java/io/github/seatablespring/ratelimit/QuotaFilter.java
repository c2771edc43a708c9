package io.github.seatablespring.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.seatablespring.SeaTableQuotaExceededException;
import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.http.SeaTableErrors;
import io.github.seatablespring.observation.SeaTableClientListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Takes a permit from a base's {@link QuotaLimiter} before every request that goes on the
 * wire, replays included, and follows what the server announces in its answers. A request
 * that must wait is delayed without blocking a thread; one that is cancelled while it
 * waits gives its permit back.
 */
public final class QuotaFilter implements ExchangeFilterFunction {

	/** Header with the server's limit of the window it counts. */
	static final String RATE_LIMIT_LIMIT = "x-ratelimit-limit";

	/** Header with what is left of that limit. */
	static final String RATE_LIMIT_REMAINING = "x-ratelimit-remaining";

	private static final Log logger = LogFactory.getLog(QuotaFilter.class);

	private final String baseName;

	private final QuotaLimiter limiter;

	private final Duration maxWait;

	private final Scheduler scheduler;

	private final Clock clock;

	private final SeaTableClientListener listener;

	public QuotaFilter(String baseName, QuotaLimiter limiter, Duration maxWait) {
		this(baseName, limiter, maxWait, SeaTableClientListener.NONE);
	}

	/**
	 * @param baseName the base name, for messages and the listener
	 * @param limiter the quota
	 * @param maxWait longest wait for a permit
	 * @param listener told of every permit granted or refused
	 */
	public QuotaFilter(String baseName, QuotaLimiter limiter, Duration maxWait, SeaTableClientListener listener) {
		this(baseName, limiter, maxWait, Schedulers.parallel(), Clock.systemUTC(), listener);
	}

	QuotaFilter(String baseName, QuotaLimiter limiter, Duration maxWait, Scheduler scheduler, Clock clock) {
		this(baseName, limiter, maxWait, scheduler, clock, SeaTableClientListener.NONE);
	}

	private QuotaFilter(String baseName, QuotaLimiter limiter, Duration maxWait, Scheduler scheduler, Clock clock,
			SeaTableClientListener listener) {
		this.baseName = baseName;
		this.limiter = limiter;
		this.maxWait = maxWait;
		this.scheduler = scheduler;
		this.clock = clock;
		this.listener = listener;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return Mono.defer(() -> this.limiter.reserve(request.url(), this.maxWait))
			.onErrorMap(QuotaStoreUnavailableException.class, (ex) -> storeFailure(request, ex))
			.flatMap((reservation) -> {
				if (!reservation.granted()) {
					RateWindow window = reservation.blockedBy();
					this.listener.permitRefused(this.baseName, (window != null) ? window.name() : "unknown");
					return Mono.error(refusal(request, reservation));
				}
				Mono<ClientResponse> exchange = next.exchange(request).doOnNext(this::follow);
				Duration delay = reservation.delay();
				this.listener.permitGranted(this.baseName, delay);
				if (delay.isZero()) {
					return exchange;
				}
				if (logger.isDebugEnabled()) {
					logger.debug("Quota of SeaTable base '" + this.baseName + "' is in use: " + request.method() + " "
							+ request.url().getRawPath() + " waits " + delay.toMillis() + " ms");
				}
				AtomicBoolean sent = new AtomicBoolean();
				return Mono.delay(delay, this.scheduler)
					.doOnNext((tick) -> sent.set(true))
					// a caller that gives up before its turn leaves the permit to the
					// others
					.doOnCancel(() -> {
						if (sent.compareAndSet(false, true)) {
							reservation.release();
						}
					})
					.then(exchange);
			});
	}

	/**
	 * Reads the server's rate-limit headers: a lower limit than configured lowers the
	 * client's window; nothing remaining holds permits until the reset.
	 */
	private void follow(ClientResponse response) {
		HttpHeaders headers = response.headers().asHttpHeaders();
		Integer limit = number(headers.getFirst(RATE_LIMIT_LIMIT));
		if (limit != null && limit > 0) {
			int configured = this.limiter.getWindows().get(0).limit();
			if (this.limiter.lowerLimit(limit)) {
				logger.warn("SeaTable base '" + this.baseName + "': the server allows " + limit
						+ " requests per window, fewer than the configured " + configured
						+ "; the client keeps to the server's limit");
			}
		}
		Integer remaining = number(headers.getFirst(RATE_LIMIT_REMAINING));
		Duration reset = SeaTableErrors.retryAfter(headers);
		if (remaining != null && remaining <= 0 && reset != null) {
			this.limiter.holdUntil(this.clock.instant().plus(reset));
		}
	}

	private static @Nullable Integer number(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private RuntimeException refusal(ClientRequest request, Reservation reservation) {
		RateWindow window = reservation.blockedBy();
		Instant nextPermitAt = reservation.nextPermitAt();
		if (window != null && nextPermitAt != null && window.failFast()) {
			return new SeaTableQuotaExceededException(this.baseName, window.limit(), nextPermitAt);
		}
		int limit = (window != null) ? window.limit() : 0;
		String length = (window != null) ? window.length().toString() : "";
		Duration retryAfter = (nextPermitAt != null) ? Duration.between(this.clock.instant(), nextPermitAt) : null;
		return new SeaTableRateLimitException(
				"Rate limit of " + limit + " requests per " + length + " for SeaTable base '" + this.baseName
						+ "' would need a wait longer than seatable.rate-limit.max-wait (" + this.maxWait + ")"
						+ ((nextPermitAt != null) ? "; the next permit frees at " + nextPermitAt : ""),
				SeaTableErrors.unanswered(request),
				(retryAfter != null && !retryAfter.isNegative()) ? retryAfter : null, null);
	}

	private RuntimeException storeFailure(ClientRequest request, QuotaStoreUnavailableException ex) {
		return new SeaTableRateLimitException(
				"The quota store of SeaTable base '" + this.baseName + "' is unavailable (" + ex.getMessage()
						+ ") and seatable.rate-limit.redis.on-failure is 'fail'",
				SeaTableErrors.unanswered(request), null, ex);
	}

}

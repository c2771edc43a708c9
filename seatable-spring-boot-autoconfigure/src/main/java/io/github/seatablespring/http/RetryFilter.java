package io.github.seatablespring.http;

import java.time.Duration;
import java.util.Set;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.SeaTableServerException;
import io.github.seatablespring.observation.SeaTableClientListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Retries what is safe to retry, with Resilience4j's {@link Retry}:
 * <ul>
 * <li>a 429 for every method, because SeaTable did not execute the request; after the
 * {@code x-ratelimit-reset} the server sent, or else with exponential backoff;</li>
 * <li>for GET only, connection failures and 502/503/504, because reading twice is harmless.</li>
 * </ul>
 * POST, PUT and DELETE are never replayed once they may have reached the server, so a write is
 * never executed twice.
 */
public final class RetryFilter implements ExchangeFilterFunction {

	private static final Log logger = LogFactory.getLog(RetryFilter.class);

	private static final Set<Integer> TRANSIENT_GATEWAY_STATUSES = Set.of(502, 503, 504);

	private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

	private final Retry reads;

	private final Retry writes;

	private final SeaTableClientListener listener;

	private final String name;

	/**
	 * @param name name of the Resilience4j retries (the base name)
	 * @param maxAttempts most attempts per request, the first one included
	 * @param initialBackoff wait before the second attempt when the server gives no reset time;
	 * doubled for every further attempt
	 */
	public RetryFilter(String name, int maxAttempts, Duration initialBackoff) {
		this(name, maxAttempts, initialBackoff, SeaTableClientListener.NONE);
	}

	/**
	 * @param name name of the Resilience4j retries (the base name)
	 * @param maxAttempts most attempts per request, the first one included
	 * @param initialBackoff wait before the second attempt when the server gives no reset time
	 * @param listener told of every 429 and every retry
	 */
	public RetryFilter(String name, int maxAttempts, Duration initialBackoff, SeaTableClientListener listener) {
		Assert.isTrue(maxAttempts >= 1, "maxAttempts must be at least 1");
		this.reads = Retry.of(name + "-reads", config(maxAttempts, initialBackoff, true));
		this.writes = Retry.of(name + "-writes", config(maxAttempts, initialBackoff, false));
		for (Retry retry : new Retry[] { this.reads, this.writes }) {
			retry.getEventPublisher()
				.onRetry((event) -> logger.debug("Retrying a SeaTable request (attempt " + (event.getNumberOfRetryAttempts() + 1)
						+ ") in " + event.getWaitInterval().toMillis() + " ms after: " + event.getLastThrowable().getMessage()));
			retry.getEventPublisher().onRetry((event) -> listener.retried(name, reason(event.getLastThrowable())));
		}
		this.listener = listener;
		this.name = name;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		boolean idempotent = HttpMethod.GET.equals(request.method());
		Retry retry = idempotent ? this.reads : this.writes;
		return Mono.defer(() -> next.exchange(request))
			.doOnNext((response) -> {
				if (response.statusCode().value() == 429) {
					this.listener.rateLimitedByServer(this.name);
				}
			})
			.flatMap((response) -> isRetryable(response, idempotent)
					? SeaTableErrors.fromResponse(request, response).flatMap(Mono::error) : Mono.just(response))
			.transformDeferred(RetryOperator.of(retry));
	}

	private static String reason(Throwable ex) {
		if (ex instanceof SeaTableRateLimitException) {
			return "rate-limited";
		}
		return (ex instanceof SeaTableConnectionException) ? "connection" : "server-error";
	}

	private static boolean isRetryable(ClientResponse response, boolean idempotent) {
		int status = response.statusCode().value();
		return (status == 429) || (idempotent && RETRYABLE_STATUSES.contains(status));
	}

	private static RetryConfig config(int maxAttempts, Duration initialBackoff, boolean idempotent) {
		IntervalBiFunction<Object> interval = (attempt, outcome) -> {
			if (outcome.isLeft() && outcome.getLeft() instanceof SeaTableRateLimitException limited
					&& limited.getRetryAfter() != null) {
				return limited.getRetryAfter().toMillis();
			}
			long backoff = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
			return Math.min(backoff, MAX_BACKOFF.toMillis());
		};
		return RetryConfig.custom()
			.maxAttempts(maxAttempts)
			.intervalBiFunction(interval)
			.retryOnException((ex) -> shouldRetry(ex, idempotent))
			.build();
	}

	private static boolean shouldRetry(Throwable ex, boolean idempotent) {
		if (ex instanceof SeaTableRateLimitException limited) {
			// status 0 is the client's own quota refusing to wait: retrying would not help
			return limited.getStatus() == 429;
		}
		if (!idempotent || !(ex instanceof SeaTableException)) {
			return false;
		}
		return (ex instanceof SeaTableConnectionException)
				|| (ex instanceof SeaTableServerException server && TRANSIENT_GATEWAY_STATUSES.contains(server.getStatus()));
	}

}

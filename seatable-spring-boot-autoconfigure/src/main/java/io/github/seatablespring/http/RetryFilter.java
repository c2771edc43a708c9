package io.github.seatablespring.http;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableQuotaExceededException;
import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.SeaTableServerException;
import io.github.seatablespring.observation.SeaTableClientListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
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
 * <li>for GET only, connection failures and 502/503/504, because reading twice is
 * harmless; a GET's answer is read whole inside the attempt, so that a body cut or
 * stalled mid-way is retried like a reset (except a {@link StreamedAnswer}, which is
 * retried only until its headers arrive).</li>
 * </ul>
 * POST, PUT and DELETE are never replayed once they may have reached the server, so a
 * write is never executed twice.
 *
 * <p>
 * No wait is longer than {@code maxWait} ({@code seatable.rate-limit.max-wait}): a 429
 * whose reset is further away fails at once, with a
 * {@link SeaTableQuotaExceededException} when the reset is more than a minute away (a
 * daily or monthly quota), else with a {@link SeaTableRateLimitException}; both say when
 * the next request is allowed.
 */
public final class RetryFilter implements ExchangeFilterFunction {

	private static final Log logger = LogFactory.getLog(RetryFilter.class);

	private static final Set<Integer> TRANSIENT_GATEWAY_STATUSES = Set.of(502, 503, 504);

	private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

	/**
	 * A server-requested wait longer than this is a quota (per day or month), not a
	 * per-minute limit.
	 */
	private static final Duration QUOTA_RESET = Duration.ofMinutes(1);

	/** The default of {@code seatable.rate-limit.max-wait}. */
	private static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(61);

	private final Duration maxWait;

	private final Retry reads;

	private final Retry writes;

	private final SeaTableClientListener listener;

	private final String name;

	/**
	 * @param name name of the Resilience4j retries (the base name)
	 * @param maxAttempts most attempts per request, the first one included
	 * @param initialBackoff wait before the second attempt when the server gives no reset
	 * time; doubled for every further attempt
	 */
	public RetryFilter(String name, int maxAttempts, Duration initialBackoff) {
		this(name, maxAttempts, initialBackoff, DEFAULT_MAX_WAIT);
	}

	/**
	 * @param name name of the Resilience4j retries (the base name)
	 * @param maxAttempts most attempts per request, the first one included
	 * @param initialBackoff wait before the second attempt when the server gives no reset
	 * time; doubled for every further attempt
	 * @param maxWait longest wait before an attempt; a 429 asking for more fails at once
	 */
	public RetryFilter(String name, int maxAttempts, Duration initialBackoff, Duration maxWait) {
		this(name, maxAttempts, initialBackoff, maxWait, SeaTableClientListener.NONE);
	}

	/**
	 * @param name name of the Resilience4j retries (the base name)
	 * @param maxAttempts most attempts per request, the first one included
	 * @param initialBackoff wait before the second attempt when the server gives no reset
	 * time
	 * @param maxWait longest wait before an attempt; a 429 asking for more fails at once
	 * @param listener told of every 429 and every retry
	 */
	public RetryFilter(String name, int maxAttempts, Duration initialBackoff, Duration maxWait,
			SeaTableClientListener listener) {
		Assert.isTrue(maxAttempts >= 1, "maxAttempts must be at least 1");
		Assert.isTrue(!maxWait.isNegative(), "maxWait must not be negative");
		this.maxWait = maxWait;
		this.reads = Retry.of(name + "-reads", config(maxAttempts, initialBackoff, maxWait, true));
		this.writes = Retry.of(name + "-writes", config(maxAttempts, initialBackoff, maxWait, false));
		for (Retry retry : new Retry[] { this.reads, this.writes }) {
			retry.getEventPublisher()
				.onRetry((event) -> logger.debug("Retrying a SeaTable request (attempt "
						+ (event.getNumberOfRetryAttempts() + 1) + ") in " + event.getWaitInterval().toMillis()
						+ " ms after: " + event.getLastThrowable().getMessage()));
			retry.getEventPublisher().onRetry((event) -> listener.retried(name, reason(event.getLastThrowable())));
		}
		this.listener = listener;
		this.name = name;
	}

	private static String reason(Throwable ex) {
		if (ex instanceof SeaTableRateLimitException) {
			return "rate-limited";
		}
		return (ex instanceof SeaTableConnectionException) ? "connection" : "server-error";
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		boolean idempotent = HttpMethod.GET.equals(request.method());
		Mono<ClientResponse> attempt = Mono.defer(() -> next.exchange(request)).flatMap((response) -> {
			if (response.statusCode().value() == 429) {
				this.listener.rateLimitedByServer(this.name);
			}
			if (isRetryable(response, idempotent)) {
				return SeaTableErrors.fromResponse(request, response).map(this::beyondMaxWait).flatMap(Mono::error);
			}
			return (idempotent && !StreamedAnswer.isStreamed(request)) ? readWhole(request, response)
					: Mono.just(response);
		});
		// the retry's context is made only once an attempt failed: most requests succeed
		// at once, and the context and its operators cost every request otherwise
		Retry retry = idempotent ? this.reads : this.writes;
		return attempt.onErrorResume((ex) -> retried(retry.asyncContext(), attempt, ex));
	}

	/**
	 * The attempts after a failed one, as long as Resilience4j's {@code context} says to
	 * retry; it also decides the wait and publishes the retry events.
	 */
	private static Mono<ClientResponse> retried(Retry.AsyncContext<ClientResponse> context,
			Mono<ClientResponse> attempt, Throwable failure) {
		long delay = context.onError(failure);
		if (delay < 0) {
			return Mono.error(failure);
		}
		return Mono.delay(Duration.ofMillis(delay))
			.then(attempt)
			.doOnNext((response) -> context.onComplete())
			.onErrorResume((ex) -> retried(context, attempt, ex));
	}

	/**
	 * Reads a GET's answer into memory inside the attempt (within the configured
	 * in-memory limit), so that a cut or stalled body fails the attempt and is retried.
	 * The joined buffer is handed on as the body, once: whoever reads the body releases
	 * it, and a second read (Spring releasing an unread body) finds it empty instead of
	 * releasing it again.
	 */
	private static Mono<ClientResponse> readWhole(ClientRequest request, ClientResponse response) {
		return response.bodyToMono(DataBuffer.class)
			.map((buffer) -> response.mutate().body((read) -> once(buffer)).build())
			.switchIfEmpty(Mono.fromSupplier(() -> response.mutate().body((read) -> Flux.empty()).build()))
			.onErrorMap((ex) -> SeaTableErrors.unreadable(SeaTableErrors.answered(request, response, null), ex));
	}

	private static Flux<DataBuffer> once(DataBuffer buffer) {
		AtomicBoolean handedOut = new AtomicBoolean();
		return Flux.defer(() -> handedOut.compareAndSet(false, true) ? Flux.just(buffer) : Flux.empty());
	}

	/**
	 * A 429 whose reset is beyond {@code maxWait} fails at once, saying when to come
	 * back.
	 */
	private SeaTableException beyondMaxWait(SeaTableException ex) {
		if (!(ex instanceof SeaTableRateLimitException limited) || limited.getRetryAfter() == null
				|| limited.getRetryAfter().compareTo(this.maxWait) <= 0) {
			return ex;
		}
		Duration wait = limited.getRetryAfter();
		Instant nextAllowedAt = Instant.now().plus(wait).truncatedTo(ChronoUnit.SECONDS);
		String summary = "SeaTable allows the next request at " + nextAllowedAt + ", in " + wait
				+ ", longer than seatable.rate-limit.max-wait (" + this.maxWait + ")";
		if (wait.compareTo(QUOTA_RESET) > 0) {
			return new SeaTableQuotaExceededException(summary + "; SeaTable's quota is spent", ex.getRequest(),
					nextAllowedAt);
		}
		return new SeaTableRateLimitException(summary, ex.getRequest(), wait, null);
	}

	private static boolean isRetryable(ClientResponse response, boolean idempotent) {
		int status = response.statusCode().value();
		return (status == 429) || (idempotent && RETRYABLE_STATUSES.contains(status));
	}

	private static RetryConfig config(int maxAttempts, Duration initialBackoff, Duration maxWait, boolean idempotent) {
		IntervalBiFunction<Object> interval = (attempt, outcome) -> {
			if (outcome.isLeft() && outcome.getLeft() instanceof SeaTableRateLimitException limited
					&& limited.getRetryAfter() != null) {
				return limited.getRetryAfter().toMillis();
			}
			long backoff = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
			long cap = (outcome.isLeft() && outcome.getLeft() instanceof SeaTableRateLimitException)
					? Math.min(MAX_BACKOFF.toMillis(), maxWait.toMillis()) : MAX_BACKOFF.toMillis();
			return Math.min(backoff, cap);
		};
		return RetryConfig.custom()
			.maxAttempts(maxAttempts)
			.intervalBiFunction(interval)
			.retryOnException((ex) -> shouldRetry(ex, idempotent, maxWait))
			.build();
	}

	private static boolean shouldRetry(Throwable ex, boolean idempotent, Duration maxWait) {
		if (ex instanceof SeaTableRateLimitException limited) {
			// no status: the client's own quota refused to wait, and retrying would not
			// help
			return limited.getStatus().isPresent()
					&& (limited.getRetryAfter() == null || limited.getRetryAfter().compareTo(maxWait) <= 0);
		}
		if (!idempotent || !(ex instanceof SeaTableException)) {
			return false;
		}
		return (ex instanceof SeaTableConnectionException) || (ex instanceof SeaTableServerException server
				&& TRANSIENT_GATEWAY_STATUSES.contains(server.getStatus().orElse(-1)));
	}

}

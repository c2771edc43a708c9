package io.github.seatablespring;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The per-minute rate limit was hit: SeaTable answered 429 on every attempt, or with a
 * reset beyond {@code seatable.rate-limit.max-wait} but within a minute (status 429;
 * {@link #getRetryAfter()} says how long to wait), or a call would have waited longer
 * than {@code max-wait} for a client-side permit (no status: nothing was sent). A reset
 * more than a minute away is a {@link SeaTableQuotaExceededException}.
 */
public class SeaTableRateLimitException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	private final @Nullable Duration retryAfter;

	/**
	 * @param summary what happened
	 * @param request the request, and SeaTable's 429 answer if the server refused it;
	 * without a status when the client's own quota refused to wait
	 * @param retryAfter how long to wait, when known
	 * @param cause the underlying failure, if any
	 */
	public SeaTableRateLimitException(String summary, @Nullable SeaTableRequestDetails request,
			@Nullable Duration retryAfter, @Nullable Throwable cause) {
		super(summary, request, cause);
		this.retryAfter = retryAfter;
	}

	/**
	 * How long to wait before the next attempt, when known (from
	 * {@code x-ratelimit-reset} or the local quota).
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

}

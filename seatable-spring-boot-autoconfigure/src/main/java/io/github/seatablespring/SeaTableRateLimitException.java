package io.github.seatablespring;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The per-minute rate limit was hit: SeaTable answered 429 on every attempt, or with a
 * reset beyond {@code seatable.rate-limit.max-wait} but within a minute (status 429;
 * {@link #getRetryAfter()} says how long to wait), or a call would have waited longer
 * than {@code max-wait} for a client-side permit (status 0). A reset more than a minute
 * away is a {@link SeaTableQuotaExceededException}.
 */
public class SeaTableRateLimitException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	private final @Nullable Duration retryAfter;

	public SeaTableRateLimitException(String summary, int status, @Nullable String errorMessage,
			@Nullable String method, @Nullable String path, @Nullable Duration retryAfter, @Nullable Throwable cause) {
		super(summary, status, errorMessage, method, path, cause);
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

package io.github.seatablespring.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link SlidingWindowRateLimiter#reserve(Duration)}: either a permit to be used
 * after {@link #delay()}, or a refusal naming the full window and when it frees.
 *
 * @param granted whether a permit was reserved
 * @param delay how long to wait before sending (zero when the permit is free now)
 * @param blockedBy the window that refused the permit, or {@code null} when granted
 * @param nextPermitAt when the refusing window admits the next request, or {@code null} when granted
 */
public record Reservation(boolean granted, Duration delay, @Nullable RateWindow blockedBy,
		@Nullable Instant nextPermitAt) {

	static Reservation granted(Duration delay) {
		return new Reservation(true, delay, null, null);
	}

	static Reservation refused(RateWindow window, Instant nextPermitAt) {
		return new Reservation(false, Duration.ZERO, window, nextPermitAt);
	}

}

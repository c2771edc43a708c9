package io.github.seatablespring.ratelimit;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * One sliding window of a quota: at most {@code limit} requests in any period of
 * {@code length}.
 *
 * @param name what the window is called in messages (for example {@code "minute"})
 * @param limit the most requests the window admits
 * @param length the length of the window
 * @param failFast whether a full window fails the call at once instead of letting it wait
 * (used for the daily quota, where waiting means hours)
 */
public record RateWindow(String name, int limit, Duration length, boolean failFast) {

	public RateWindow {
		Assert.isTrue(limit > 0, () -> "The " + name + " limit must be positive, got " + limit);
		Assert.isTrue(!length.isNegative() && !length.isZero(),
				() -> "The " + name + " window must be positive, got " + length);
	}

	/** A window that lets calls wait for a permit. */
	public static RateWindow waiting(String name, int limit, Duration length) {
		return new RateWindow(name, limit, length, false);
	}

	/** A window that fails calls at once when full. */
	public static RateWindow failingFast(String name, int limit, Duration length) {
		return new RateWindow(name, limit, length, true);
	}

}

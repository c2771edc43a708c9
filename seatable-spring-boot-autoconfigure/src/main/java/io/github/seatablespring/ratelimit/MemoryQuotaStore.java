package io.github.seatablespring.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Keeps each base's counts in this JVM: exact for one instance, but not shared between
 * instances, and the day count starts again on every restart.
 */
public final class MemoryQuotaStore implements QuotaStore {

	private final Clock clock;

	private final Duration safetyMargin;

	public MemoryQuotaStore(Clock clock, Duration safetyMargin) {
		this.clock = clock;
		this.safetyMargin = safetyMargin;
	}

	@Override
	public SlidingWindowRateLimiter limiter(String baseName, List<RateWindow> windows) {
		return new SlidingWindowRateLimiter(baseName, windows, Duration.ZERO, this.clock, this.safetyMargin);
	}

}

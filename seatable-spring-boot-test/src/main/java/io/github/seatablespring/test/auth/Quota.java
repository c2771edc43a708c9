package io.github.seatablespring.test.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A base's sliding-window quota: requests per 60 s and per 24 h, counted when accepted.
 */
public final class Quota {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private static final Duration DAY = Duration.ofDays(1);

	private final int perMinute;

	private final int perDay;

	private final Clock clock;

	private final Deque<Instant> minute = new ArrayDeque<>();

	private final Deque<Instant> day = new ArrayDeque<>();

	public Quota(int perMinute, int perDay, Clock clock) {
		this.perMinute = perMinute;
		this.perDay = perDay;
		this.clock = clock;
	}

	/** Counts the request, or answers the 429 headers when a window is full. */
	public synchronized @Nullable Map<String, String> tryAcquire() {
		Instant now = this.clock.instant();
		prune(this.minute, now.minus(MINUTE));
		prune(this.day, now.minus(DAY));
		if (this.day.size() >= this.perDay) {
			return rejection(this.perDay, this.day, DAY, now);
		}
		if (this.minute.size() >= this.perMinute) {
			return rejection(this.perMinute, this.minute, MINUTE, now);
		}
		this.minute.addLast(now);
		this.day.addLast(now);
		return null;
	}

	private static void prune(Deque<Instant> window, Instant cutoff) {
		while (!window.isEmpty() && !window.peekFirst().isAfter(cutoff)) {
			window.removeFirst();
		}
	}

	private static Map<String, String> rejection(int limit, Deque<Instant> window, Duration length, Instant now) {
		Duration untilFree = Duration.between(now, window.peekFirst().plus(length));
		long seconds = Math.max(1, (untilFree.toMillis() + 999) / 1000);
		return Map.of("x-ratelimit-limit", String.valueOf(limit), "x-ratelimit-remaining", "0", "x-ratelimit-reset",
				String.valueOf(seconds));
	}

}

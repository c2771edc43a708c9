package io.github.seatablespring.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.event.RateLimiterOnFailureEvent;
import io.github.resilience4j.ratelimiter.event.RateLimiterOnSuccessEvent;
import io.github.resilience4j.ratelimiter.internal.RateLimiterEventProcessor;

import org.springframework.util.Assert;

/**
 * A Resilience4j {@link RateLimiter} that enforces sliding windows, the way SeaTable counts: "the
 * relevant period is always checked at the time of access". Resilience4j's own limiters refill a
 * fixed window, which lets twice the limit through around a window boundary; this one remembers
 * the send time of the last {@code limit} permits of every window and grants a permit only when
 * the oldest of them has left the window. So no window of the configured length ever holds more
 * than its limit, an idle limiter grants a full burst at once, and sustained throughput equals the
 * limit.
 *
 * <p>Permits are reserved for a future instant, so waiting callers can sleep without blocking (the
 * reactive {@link QuotaFilter} uses {@code Mono.delay}). Every granted permit is counted at the time
 * it may be used, which keeps the windows exact even while callers wait.
 */
public final class SlidingWindowRateLimiter implements RateLimiter {

	/**
	 * Added to every window, so that requests reserved exactly one window apart cannot land inside
	 * one window on the server because of network jitter.
	 */
	static final Duration SAFETY_MARGIN = Duration.ofMillis(250);

	private final String name;

	private final Clock clock;

	private final List<WindowLog> logs;

	private volatile Duration timeout;

	private final RateLimiterEventProcessor eventProcessor = new RateLimiterEventProcessor();

	private long lastGrant = Long.MIN_VALUE;

	public SlidingWindowRateLimiter(String name, List<RateWindow> windows, Duration timeout, Clock clock) {
		Assert.notEmpty(windows, "At least one window is required");
		this.name = name;
		this.clock = clock;
		this.timeout = timeout;
		this.logs = new ArrayList<>();
		windows.forEach((window) -> this.logs.add(new WindowLog(window)));
	}

	/**
	 * Reserves one permit. Waiting windows may delay it up to {@code maxWait}; a fail-fast window
	 * that is full refuses it at once.
	 */
	public synchronized Reservation reserve(Duration maxWait) {
		long now = this.clock.millis();
		long sendAt = Math.max(now, this.lastGrant);
		for (WindowLog log : this.logs) {
			if (!log.window.failFast()) {
				sendAt = Math.max(sendAt, log.nextFreeAt());
			}
		}
		for (WindowLog log : this.logs) {
			long freeAt = log.nextFreeAt();
			if (log.window.failFast() && freeAt > sendAt) {
				publishFailure();
				return Reservation.refused(log.window, Instant.ofEpochMilli(freeAt));
			}
		}
		if (sendAt - now > maxWait.toMillis()) {
			publishFailure();
			return Reservation.refused(slowest(sendAt), Instant.ofEpochMilli(sendAt));
		}
		for (WindowLog log : this.logs) {
			log.record(sendAt);
		}
		this.lastGrant = sendAt;
		this.eventProcessor.consumeEvent(new RateLimiterOnSuccessEvent(this.name));
		return Reservation.granted(Duration.ofMillis(sendAt - now));
	}

	/** The windows this limiter enforces. */
	public List<RateWindow> getWindows() {
		return this.logs.stream().map((log) -> log.window).toList();
	}

	/** Permits the given window admits right now without waiting. */
	public synchronized int availablePermissions(RateWindow window) {
		long now = this.clock.millis();
		return this.logs.stream()
			.filter((log) -> log.window.equals(window))
			.mapToInt((log) -> log.available(now))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown window " + window));
	}

	/** When the given window admits its next request: now, when it has a free permit. */
	public synchronized Instant nextPermitAt(RateWindow window) {
		long now = this.clock.millis();
		return this.logs.stream()
			.filter((log) -> log.window.equals(window))
			.map((log) -> Instant.ofEpochMilli(Math.max(now, log.nextFreeAt())))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown window " + window));
	}

	private RateWindow slowest(long sendAt) {
		for (WindowLog log : this.logs) {
			if (log.nextFreeAt() == sendAt) {
				return log.window;
			}
		}
		return this.logs.get(0).window;
	}

	private void publishFailure() {
		this.eventProcessor.consumeEvent(new RateLimiterOnFailureEvent(this.name));
	}

	@Override
	public void changeTimeoutDuration(Duration timeoutDuration) {
		this.timeout = timeoutDuration;
	}

	/** Changes the limit of the first window, keeping the most recent permits it remembers. */
	@Override
	public synchronized void changeLimitForPeriod(int limitForPeriod) {
		WindowLog first = this.logs.get(0);
		RateWindow window = first.window;
		WindowLog resized = new WindowLog(
				new RateWindow(window.name(), limitForPeriod, window.length(), window.failFast()));
		first.recent(limitForPeriod).forEach(resized::record);
		this.logs.set(0, resized);
	}

	@Override
	public boolean acquirePermission(int permits) {
		for (int i = 0; i < permits; i++) {
			Reservation reservation = reserve(this.timeout);
			if (!reservation.granted()) {
				return false;
			}
			if (!reservation.delay().isZero()) {
				try {
					Thread.sleep(reservation.delay().toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return true;
	}

	@Override
	public long reservePermission(int permits) {
		long totalNanos = 0;
		for (int i = 0; i < permits; i++) {
			Reservation reservation = reserve(this.timeout);
			if (!reservation.granted()) {
				return -1;
			}
			totalNanos = Math.max(totalNanos, reservation.delay().toNanos());
		}
		return totalNanos;
	}

	@Override
	public synchronized void drainPermissions() {
		long now = this.clock.millis();
		for (WindowLog log : this.logs) {
			while (log.available(now) > 0) {
				log.record(now);
			}
		}
	}

	@Override
	public String getName() {
		return this.name;
	}

	/** The first window expressed as a Resilience4j configuration (for metrics and tooling). */
	@Override
	public RateLimiterConfig getRateLimiterConfig() {
		RateWindow first = this.logs.get(0).window;
		return RateLimiterConfig.custom()
			.limitForPeriod(first.limit())
			.limitRefreshPeriod(first.length())
			.timeoutDuration(this.timeout)
			.build();
	}

	@Override
	public Map<String, String> getTags() {
		return Map.of();
	}

	@Override
	public Metrics getMetrics() {
		return new Metrics() {

			@Override
			public int getNumberOfWaitingThreads() {
				return waitingPermits();
			}

			@Override
			public int getAvailablePermissions() {
				long now = SlidingWindowRateLimiter.this.clock.millis();
				synchronized (SlidingWindowRateLimiter.this) {
					return SlidingWindowRateLimiter.this.logs.stream()
						.mapToInt((log) -> log.available(now))
						.min()
						.orElse(0);
				}
			}
		};
	}

	private synchronized int waitingPermits() {
		return this.logs.get(0).grantedAfter(this.clock.millis());
	}

	@Override
	public EventPublisher getEventPublisher() {
		return this.eventProcessor;
	}

	@Override
	public String toString() {
		return "SlidingWindowRateLimiter[" + this.name + ", " + getWindows() + "]";
	}

	/** The send times of the last {@code limit} permits of one window, as a ring buffer. */
	private static final class WindowLog {

		private final RateWindow window;

		private final long[] grants;

		private final long length;

		private int next;

		private int count;

		WindowLog(RateWindow window) {
			this.window = window;
			this.grants = new long[window.limit()];
			this.length = window.length().plus(SAFETY_MARGIN).toMillis();
		}

		/** The earliest send time at which one more permit keeps the window within its limit. */
		long nextFreeAt() {
			return (this.count < this.grants.length) ? Long.MIN_VALUE : this.grants[this.next] + this.length;
		}

		void record(long sendAt) {
			this.grants[this.next] = sendAt;
			this.next = (this.next + 1) % this.grants.length;
			this.count = Math.min(this.count + 1, this.grants.length);
		}

		int available(long now) {
			int inWindow = 0;
			for (int i = 0; i < this.count; i++) {
				if (this.grants[i] + this.length > now) {
					inWindow++;
				}
			}
			return this.grants.length - inWindow;
		}

		int grantedAfter(long now) {
			int waiting = 0;
			for (int i = 0; i < this.count; i++) {
				if (this.grants[i] > now) {
					waiting++;
				}
			}
			return waiting;
		}

		/** Up to {@code max} most recent send times, oldest first. */
		List<Long> recent(int max) {
			int keep = Math.min(max, this.count);
			List<Long> recent = new ArrayList<>(keep);
			for (int i = keep; i > 0; i--) {
				int index = Math.floorMod(this.next - i, this.grants.length);
				recent.add(this.grants[index]);
			}
			return recent;
		}

	}

}

package io.github.seatablespring.ratelimit;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.event.RateLimiterOnFailureEvent;
import io.github.resilience4j.ratelimiter.event.RateLimiterOnSuccessEvent;
import io.github.resilience4j.ratelimiter.internal.RateLimiterEventProcessor;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * A Resilience4j {@link RateLimiter} that enforces sliding windows, the way SeaTable
 * counts: "the relevant period is always checked at the time of access". Resilience4j's
 * own limiters refill a fixed window, which lets twice the limit through around a window
 * boundary; this one remembers the send time of every permit each window still counts and
 * grants a permit only when the {@code limit}-th newest of them has left the window. So
 * no window of the configured length ever holds more than its limit, an idle limiter
 * grants a full burst at once, and sustained throughput equals the limit. Memory follows
 * the permits really granted in a window, not the configured limit, so a limit far above
 * what a server grants costs nothing.
 *
 * <p>
 * Permits are reserved for a future instant, so waiting callers can sleep without
 * blocking (the reactive {@link QuotaFilter} uses {@code Mono.delay}). Every granted
 * permit is counted at the time it may be used, which keeps the windows exact even while
 * callers wait. This is the limiter of the in-memory {@link MemoryQuotaStore}.
 */
public final class SlidingWindowRateLimiter implements RateLimiter, QuotaLimiter {

	/**
	 * Added to every window by default, so that requests reserved exactly one window
	 * apart cannot land inside one window on the server because of network jitter.
	 */
	public static final Duration SAFETY_MARGIN = Duration.ofMillis(250);

	private final String name;

	private final Clock clock;

	private final List<WindowLog> logs;

	private volatile Duration timeout;

	private final RateLimiterEventProcessor eventProcessor = new RateLimiterEventProcessor();

	private long lastGrant = Long.MIN_VALUE;

	private long holdUntil = Long.MIN_VALUE;

	public SlidingWindowRateLimiter(String name, List<RateWindow> windows, Duration timeout, Clock clock) {
		this(name, windows, timeout, clock, SAFETY_MARGIN);
	}

	public SlidingWindowRateLimiter(String name, List<RateWindow> windows, Duration timeout, Clock clock,
			Duration safetyMargin) {
		Assert.notEmpty(windows, "At least one window is required");
		Assert.isTrue(!safetyMargin.isNegative(), "The safety margin must not be negative");
		this.name = name;
		this.clock = clock;
		this.timeout = timeout;
		this.logs = new ArrayList<>();
		windows.forEach((window) -> this.logs.add(new WindowLog(window, safetyMargin)));
	}

	/**
	 * Reserves one permit. Waiting windows may delay it up to {@code maxWait}; a
	 * fail-fast window that is full refuses it at once.
	 */
	public synchronized Reservation reserve(Duration maxWait) {
		long now = this.clock.millis();
		this.logs.forEach((log) -> log.prune(now));
		long sendAt = Math.max(Math.max(now, this.lastGrant), this.holdUntil);
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
			log.grants.add(sendAt);
		}
		this.lastGrant = sendAt;
		this.eventProcessor.consumeEvent(new RateLimiterOnSuccessEvent(this.name));
		long permit = sendAt;
		return Reservation.granted(Duration.ofMillis(sendAt - now), () -> release(permit));
	}

	@Override
	public Mono<Reservation> reserve(URI url, Duration maxWait) {
		return Mono.fromSupplier(() -> reserve(maxWait));
	}

	private synchronized void release(long permit) {
		this.logs.forEach((log) -> log.grants.remove(permit));
		this.lastGrant = this.logs.stream().mapToLong((log) -> log.grants.last()).max().orElse(Long.MIN_VALUE);
	}

	/** The windows this limiter enforces. */
	@Override
	public synchronized List<RateWindow> getWindows() {
		return this.logs.stream().map((log) -> log.window).toList();
	}

	/** Permits the given window admits right now without waiting. */
	@Override
	public synchronized int availablePermissions(RateWindow window) {
		long now = this.clock.millis();
		return this.logs.stream()
			.filter((log) -> log.window.equals(window))
			.mapToInt((log) -> available(log, now))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown window " + window));
	}

	/**
	 * How many send times the windows hold in memory (what the permits cost, whatever the
	 * limits).
	 */
	synchronized int rememberedPermits() {
		return this.logs.stream().mapToInt((log) -> log.grants.capacity()).sum();
	}

	@Override
	public synchronized Optional<Instant> nextFreePermit() {
		long now = this.clock.millis();
		this.logs.forEach((log) -> log.prune(now));
		long freeAt = Math.max(this.holdUntil, this.logs.stream().mapToLong(WindowLog::nextFreeAt).max().orElse(now));
		return (freeAt > now) ? Optional.of(Instant.ofEpochMilli(freeAt)) : Optional.empty();
	}

	@Override
	public synchronized boolean lowerLimit(int limit) {
		for (int i = 0; i < this.logs.size(); i++) {
			RateWindow window = this.logs.get(i).window;
			if (!window.failFast()) {
				if (limit >= window.limit() || limit < 1) {
					return false;
				}
				changeLimit(i, limit);
				return true;
			}
		}
		return false;
	}

	@Override
	public synchronized void holdUntil(Instant until) {
		this.holdUntil = Math.max(this.holdUntil, until.toEpochMilli());
	}

	private int available(WindowLog log, long now) {
		log.prune(now);
		return (this.holdUntil > now) ? 0 : Math.max(0, log.window.limit() - log.grants.size());
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

	/** Changes the limit of the first window, keeping the permits it counts. */
	@Override
	public synchronized void changeLimitForPeriod(int limitForPeriod) {
		changeLimit(0, limitForPeriod);
	}

	private void changeLimit(int index, int limit) {
		WindowLog log = this.logs.get(index);
		RateWindow window = log.window;
		log.window = new RateWindow(window.name(), limit, window.length(), window.failFast());
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

	/**
	 * Leaves nothing free: no permit before every window has run its full length from
	 * now.
	 */
	@Override
	public synchronized void drainPermissions() {
		long now = this.clock.millis();
		long longest = this.logs.stream().mapToLong((log) -> log.length).max().orElse(0);
		this.holdUntil = Math.max(this.holdUntil, now + longest);
	}

	@Override
	public String getName() {
		return this.name;
	}

	/**
	 * The first window expressed as a Resilience4j configuration (for metrics and
	 * tooling).
	 */
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
						.mapToInt((log) -> available(log, now))
						.min()
						.orElse(0);
				}
			}
		};
	}

	private synchronized int waitingPermits() {
		return this.logs.get(0).grants.countAfter(this.clock.millis());
	}

	@Override
	public EventPublisher getEventPublisher() {
		return this.eventProcessor;
	}

	@Override
	public String toString() {
		return "SlidingWindowRateLimiter[" + this.name + ", " + getWindows() + "]";
	}

	/** One window and the send times of the permits it still counts. */
	private static final class WindowLog {

		private RateWindow window;

		private final long length;

		private final GrantLog grants = new GrantLog();

		WindowLog(RateWindow window, Duration safetyMargin) {
			this.window = window;
			this.length = window.length().plus(safetyMargin).toMillis();
		}

		void prune(long now) {
			this.grants.pruneUpTo(now - this.length);
		}

		/**
		 * The earliest send time at which one more permit keeps the window within its
		 * limit: when the {@code limit}-th newest permit leaves it.
		 */
		long nextFreeAt() {
			int size = this.grants.size();
			int limit = this.window.limit();
			return (size < limit) ? Long.MIN_VALUE : this.grants.get(size - limit) + this.length;
		}

	}

}

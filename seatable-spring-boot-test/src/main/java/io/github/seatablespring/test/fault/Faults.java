package io.github.seatablespring.test.fault;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Faults to inject into the next base operations: an error status, a connection reset, or
 * a late answer. Each is used up by the requests it hits.
 */
public final class Faults {

	private final AtomicInteger failures = new AtomicInteger();

	private volatile int failureStatus;

	private final AtomicInteger resets = new AtomicInteger();

	private final AtomicInteger delays = new AtomicInteger();

	private volatile Duration delay = Duration.ZERO;

	public void failNext(int count, int status) {
		this.failureStatus = status;
		this.failures.set(count);
	}

	public void resetNext(int count) {
		this.resets.set(count);
	}

	public void delayNext(int count, Duration delay) {
		this.delay = delay;
		this.delays.set(count);
	}

	/** Whether this request's connection is to be reset. */
	public boolean takeReset() {
		return take(this.resets);
	}

	/** The status this request is to fail with, or {@code null}. */
	public @Nullable Integer takeFailure() {
		return take(this.failures) ? this.failureStatus : null;
	}

	/** How long to hold this request's answer back, or {@code null}. */
	public @Nullable Duration takeDelay() {
		return take(this.delays) ? this.delay : null;
	}

	public void clear() {
		this.failures.set(0);
		this.resets.set(0);
		this.delays.set(0);
	}

	private static boolean take(AtomicInteger counter) {
		return counter.getAndUpdate((n) -> Math.max(0, n - 1)) > 0;
	}

}

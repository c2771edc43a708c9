package io.github.seatablespring.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import reactor.core.Disposable;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * A virtual-time scheduler that lets a test wait (in real time) until the code under test
 * has scheduled a timer, such as a retry back-off or a quota delay. Advancing virtual
 * time before that would skip past an instant nobody was waiting for yet, so tests that
 * mix real I/O (WireMock) with virtual time first {@link #awaitTimers await} the timer,
 * then advance. Use with
 * {@code StepVerifier.withVirtualTime(supplier, () -> scheduler, Long.MAX_VALUE)}.
 */
public final class TimerRecordingScheduler extends VirtualTimeScheduler {

	private final List<Duration> timers = new ArrayList<>();

	public TimerRecordingScheduler() {
		super(false);
	}

	@Override
	public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
		// queued first, then announced: a test that advances time on the announcement
		// must find it queued
		Disposable scheduled = super.schedule(task, delay, unit);
		synchronized (this.timers) {
			this.timers.add(Duration.ofNanos(unit.toNanos(delay)));
			this.timers.notifyAll();
		}
		return scheduled;
	}

	/** The delays of the timers scheduled so far, in order. */
	public List<Duration> timers() {
		synchronized (this.timers) {
			return List.copyOf(this.timers);
		}
	}

	/** Waits until a timer of exactly {@code delay} has been scheduled. */
	public void awaitTimer(Duration delay) {
		awaitTimers(delay::equals, 1);
	}

	/**
	 * Waits until {@code count} timers matching {@code filter} have been scheduled; fails
	 * after 5 s.
	 */
	public void awaitTimers(Predicate<Duration> filter, int count) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		synchronized (this.timers) {
			while (this.timers.stream().filter(filter).count() < count) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError("Expected " + count + " matching timers, scheduled: " + this.timers);
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this.timers, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new AssertionError(ex);
				}
			}
		}
	}

}

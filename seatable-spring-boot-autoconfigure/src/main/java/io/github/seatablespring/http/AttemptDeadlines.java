package io.github.seatablespring.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The deadlines of the attempts in flight through one {@link TransportFilter}, all with
 * the same time-out, served by one timer.
 *
 * <p>
 * A timer per attempt costs every request a task scheduled on, and removed from, a
 * scheduler's queue, and mostly a wake-up of its thread. Here the timer is set for the
 * earliest deadline and is not moved when that attempt ends early: since every later
 * attempt's deadline is later, it rarely needs a new timer. When the timer fires it
 * expires the attempts that are due and sets itself for the next deadline, if any.
 *
 * <p>
 * Time and timer come from the parallel scheduler, which tests replace with virtual time.
 */
final class AttemptDeadlines {

	private static final long NONE = Long.MAX_VALUE;

	private final long timeoutMillis;

	private final Set<Attempt> inFlight = ConcurrentHashMap.newKeySet();

	/** When the timer fires, or {@link #NONE} when it is not set. */
	private final AtomicLong timerAt = new AtomicLong(NONE);

	AttemptDeadlines(Duration timeout) {
		this.timeoutMillis = timeout.toMillis();
	}

	/** An attempt starting now; {@link Attempt#end() end} it however it ends. */
	Attempt start() {
		Attempt attempt = new Attempt(now() + this.timeoutMillis);
		// added before the timer is looked at: a timer firing meanwhile either sees the
		// attempt or has already cleared timerAt, so that the attempt sets a new one
		this.inFlight.add(attempt);
		setTimer(attempt.deadline);
		return attempt;
	}

	private void setTimer(long at) {
		Scheduler scheduler = Schedulers.parallel();
		for (long current = this.timerAt.get(); at < current; current = this.timerAt.get()) {
			if (this.timerAt.compareAndSet(current, at)) {
				// a timer set for later still fires, and finds nothing or little to do
				scheduler.schedule(this::fire, Math.max(0, at - scheduler.now(TimeUnit.MILLISECONDS)),
						TimeUnit.MILLISECONDS);
				return;
			}
		}
	}

	private void fire() {
		this.timerAt.set(NONE);
		long now = now();
		long next = NONE;
		for (Attempt attempt : this.inFlight) {
			if (attempt.deadline <= now) {
				this.inFlight.remove(attempt);
				attempt.expire();
			}
			else {
				next = Math.min(next, attempt.deadline);
			}
		}
		if (next != NONE) {
			setTimer(next);
		}
	}

	private static long now() {
		return Schedulers.parallel().now(TimeUnit.MILLISECONDS);
	}

	/** One attempt's deadline. */
	final class Attempt {

		private final long deadline;

		private final Sinks.One<Boolean> expired = Sinks.unsafe().one();

		private Attempt(long deadline) {
			this.deadline = deadline;
		}

		/** Emits when the deadline passes. */
		Mono<Boolean> expiry() {
			return this.expired.asMono();
		}

		void end() {
			AttemptDeadlines.this.inFlight.remove(this);
		}

		private void expire() {
			this.expired.tryEmitValue(Boolean.TRUE);
		}

	}

}

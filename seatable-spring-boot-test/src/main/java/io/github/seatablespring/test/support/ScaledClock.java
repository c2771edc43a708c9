package io.github.seatablespring.test.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs {@code speed} times faster than real time, for an emulator whose
 * minute must pass in a test's second or two while clients (and Redis) wait in real time.
 */
public final class ScaledClock extends Clock {

	private final Instant origin = Instant.now();

	private final long originNanos = System.nanoTime();

	private final long speed;

	public ScaledClock(long speed) {
		this.speed = speed;
	}

	/** A duration of this clock in real time. */
	public Duration real(Duration scaled) {
		return scaled.dividedBy(this.speed);
	}

	@Override
	public Instant instant() {
		return this.origin.plusNanos((System.nanoTime() - this.originNanos) * this.speed);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}

}

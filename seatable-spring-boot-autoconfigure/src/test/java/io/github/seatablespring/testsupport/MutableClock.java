package io.github.seatablespring.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that stands still until a test moves it, so time-dependent behaviour needs
 * no sleeping.
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	public MutableClock(Instant now) {
		this.now = now;
	}

	/**
	 * A clock at a fixed, whole-second instant (JWT {@code exp} has second precision).
	 */
	public static MutableClock atFixedInstant() {
		return new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
	}

	/** Moves the clock forward by {@code duration}. */
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	/** Sets the clock to {@code instant}. */
	public void set(Instant instant) {
		this.now = instant;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("MutableClock is UTC only");
	}

}

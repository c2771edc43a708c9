package io.github.seatablespring.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import reactor.core.scheduler.Schedulers;

/**
 * A UTC clock that reads {@code Schedulers.parallel()}: under
 * {@code StepVerifier.withVirtualTime} that is the virtual-time scheduler, so the rate
 * limiter and the delays it causes share one virtual time line.
 */
public final class VirtualTimeClock extends Clock {

	@Override
	public Instant instant() {
		return Instant.ofEpochMilli(millis());
	}

	@Override
	public long millis() {
		return Schedulers.parallel().now(TimeUnit.MILLISECONDS);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("VirtualTimeClock is UTC only");
	}

}

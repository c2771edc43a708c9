package io.github.seatablespring.observation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What one base's client remembers of its recent past for the {@code seatable} Actuator
 * endpoint: when the server last answered 429.
 */
public final class SeaTableBaseActivity implements SeaTableClientListener {

	private final Clock clock;

	private volatile @Nullable Instant lastRateLimitedAt;

	public SeaTableBaseActivity(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void rateLimitedByServer(String base) {
		this.lastRateLimitedAt = this.clock.instant();
	}

	/** When the server last answered 429, empty if never since start-up. */
	public Optional<Instant> lastRateLimitedAt() {
		return Optional.ofNullable(this.lastRateLimitedAt);
	}

}

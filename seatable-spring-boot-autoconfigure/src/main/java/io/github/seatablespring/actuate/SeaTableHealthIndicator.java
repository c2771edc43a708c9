package io.github.seatablespring.actuate;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one SeaTable base for blocking applications; see
 * {@link SeaTableHealthProbe}.
 */
public class SeaTableHealthIndicator implements HealthIndicator {

	private final SeaTableHealthProbe probe;

	public SeaTableHealthIndicator(SeaTableHealthProbe probe) {
		this.probe = probe;
	}

	@Override
	public Health health() {
		Health health = this.probe.health().block(this.probe.deadline());
		return (health != null) ? health : Health.unknown().build();
	}

}

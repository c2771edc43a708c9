package io.github.seatablespring.actuate;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * The health of one SeaTable base for reactive applications, without blocking; see
 * {@link SeaTableHealthProbe}.
 */
public class SeaTableReactiveHealthIndicator implements ReactiveHealthIndicator {

	private final SeaTableHealthProbe probe;

	public SeaTableReactiveHealthIndicator(SeaTableHealthProbe probe) {
		this.probe = probe;
	}

	@Override
	public Mono<Health> health() {
		return this.probe.health()
			.timeout(this.probe.deadline(),
					Mono.fromSupplier(() -> Health.down()
						.withDetail("reason", "No health answer within " + this.probe.deadline())
						.build()));
	}

}

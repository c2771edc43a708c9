package io.github.seatablespring.metrics;

import java.time.Clock;
import java.time.Duration;

import io.github.seatablespring.auth.BaseTokenProvider;
import io.github.seatablespring.autoconfigure.SeaTableBases;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.ratelimit.RateWindow;
import io.github.seatablespring.ratelimit.QuotaLimiter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The gauges of every configured base: permits its quota grants now without waiting, per
 * window ({@value #PERMITS_AVAILABLE}), and seconds until its base token expires
 * ({@value #TOKEN_EXPIRY}, zero while it holds none). Reading them never causes a
 * request.
 */
public class SeaTableBaseMetrics implements MeterBinder {

	/** Gauge of the permits a quota window grants now, tagged with the window. */
	public static final String PERMITS_AVAILABLE = "seatable.quota.permits.available";

	/** Gauge of the seconds until the base token expires. */
	public static final String TOKEN_EXPIRY = "seatable.token.expiry";

	private final SeaTableBases bases;

	private final Clock clock;

	public SeaTableBaseMetrics(SeaTableBases bases, Clock clock) {
		this.bases = bases;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (SeaTableTemplateFactory.Base base : this.bases.bases()) {
			String name = base.settings().name();
			QuotaLimiter quota = base.quota();
			if (quota != null) {
				for (RateWindow window : quota.getWindows()) {
					Gauge.builder(PERMITS_AVAILABLE, quota, (limiter) -> limiter.availablePermissions(window))
						.description("Permits the client-side quota of a SeaTable base grants now")
						.tags(SeaTableClientMetrics.BASE, name, SeaTableClientMetrics.WINDOW, window.name())
						.register(registry);
				}
			}
			Gauge.builder(TOKEN_EXPIRY, base.tokens(), this::secondsLeft)
				.description("Seconds until the base token of a SeaTable base expires")
				.baseUnit("seconds")
				.tag(SeaTableClientMetrics.BASE, name)
				.register(registry);
		}
	}

	private double secondsLeft(BaseTokenProvider tokens) {
		return tokens.currentToken()
			.map((token) -> Math.max(0, Duration.between(this.clock.instant(), token.expiresAt()).toSeconds()))
			.orElse(0L);
	}

}

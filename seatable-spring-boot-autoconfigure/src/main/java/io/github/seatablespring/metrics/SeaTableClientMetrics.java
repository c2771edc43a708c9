package io.github.seatablespring.metrics;

import java.time.Duration;

import io.github.seatablespring.observation.SeaTableClientListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts what the client stack reports: permit waits ({@value #PERMIT_WAIT}), local
 * refusals ({@value #REFUSALS}), the server's 429s ({@value #RATE_LIMITED}), retries
 * ({@value #RETRIES}) and token exchanges ({@value #TOKEN_EXCHANGES}). Every meter
 * carries the {@value #BASE} tag.
 */
public class SeaTableClientMetrics implements SeaTableClientListener {

	/** Timer of the time requests wait for a quota permit. */
	public static final String PERMIT_WAIT = "seatable.quota.wait";

	/**
	 * Counter of requests the client's own quota refused, tagged with the full
	 * {@value #WINDOW}.
	 */
	public static final String REFUSALS = "seatable.quota.refusals";

	/** Counter of 429 answers from the server. */
	public static final String RATE_LIMITED = "seatable.server.rate.limited";

	/** Counter of requests sent again, tagged with the {@value #REASON}. */
	public static final String RETRIES = "seatable.retries";

	/** Counter of API-token exchanges, tagged with the {@value #OUTCOME}. */
	public static final String TOKEN_EXCHANGES = "seatable.token.exchanges";

	/** Tag of the configured base name. */
	public static final String BASE = "seatable.base";

	/**
	 * Tag of a quota window: {@code minute}, {@code day}, {@code token minute},
	 * {@code web minute}.
	 */
	public static final String WINDOW = "window";

	/**
	 * Tag of a retry's reason: {@code rate-limited}, {@code connection},
	 * {@code server-error}.
	 */
	public static final String REASON = "reason";

	/**
	 * Tag of a token exchange's outcome: {@code success}, {@code rejected},
	 * {@code error}.
	 */
	public static final String OUTCOME = "outcome";

	private final MeterRegistry registry;

	public SeaTableClientMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void permitGranted(String base, Duration wait) {
		Timer.builder(PERMIT_WAIT)
			.description("Time SeaTable requests waited for a permit of the client-side quota")
			.tag(BASE, base)
			.register(this.registry)
			.record(wait);
	}

	@Override
	public void permitRefused(String base, String window) {
		Counter.builder(REFUSALS)
			.description("SeaTable requests the client-side quota refused")
			.tags(BASE, base, WINDOW, window)
			.register(this.registry)
			.increment();
	}

	@Override
	public void rateLimitedByServer(String base) {
		Counter.builder(RATE_LIMITED)
			.description("SeaTable answers with status 429")
			.tag(BASE, base)
			.register(this.registry)
			.increment();
	}

	@Override
	public void retried(String base, String reason) {
		Counter.builder(RETRIES)
			.description("SeaTable requests sent again")
			.tags(BASE, base, REASON, reason)
			.register(this.registry)
			.increment();
	}

	@Override
	public void tokenExchanged(String base, String outcome) {
		Counter.builder(TOKEN_EXCHANGES)
			.description("Exchanges of a SeaTable API token for a base token")
			.tags(BASE, base, OUTCOME, outcome)
			.register(this.registry)
			.increment();
	}

}

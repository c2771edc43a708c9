package io.github.seatablespring;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A quota is spent: the base's client-side sliding 24-hour window is full (no status,
 * nothing was sent), or SeaTable answered 429 with a reset more than a minute away,
 * beyond {@code seatable.rate-limit.max-wait} (status 429; a daily or monthly quota). The
 * call fails at once instead of waiting for hours; {@link #getNextPermitAt()} tells when
 * the next request will be allowed.
 */
public class SeaTableQuotaExceededException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	private final Instant nextPermitAt;

	public SeaTableQuotaExceededException(String baseName, int requestsPerDay, Instant nextPermitAt) {
		super("Daily quota of " + requestsPerDay + " requests for SeaTable base '" + baseName
				+ "' is spent; the next request is allowed at " + nextPermitAt
				+ " (raise seatable.rate-limit.requests-per-day if your server allows more)");
		this.nextPermitAt = nextPermitAt;
	}

	/**
	 * A quota SeaTable enforces, from its 429 answer.
	 * @param summary what happened and when the next request is allowed
	 * @param request the request and SeaTable's answer (429)
	 * @param nextPermitAt when SeaTable allows the next request
	 */
	public SeaTableQuotaExceededException(String summary, @Nullable SeaTableRequestDetails request,
			Instant nextPermitAt) {
		super(summary, request, null);
		this.nextPermitAt = nextPermitAt;
	}

	/**
	 * When the next request is allowed: the oldest request of the last 24 hours leaves
	 * the window, or SeaTable's reset.
	 */
	public Instant getNextPermitAt() {
		return this.nextPermitAt;
	}

}

package io.github.seatablespring;

import java.time.Instant;

/**
 * The daily quota of a base is spent (the client-side sliding 24-hour window is full). The call
 * fails at once instead of waiting for hours; {@link #getNextPermitAt()} tells when the next
 * request will be allowed.
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

	/** When the oldest request of the last 24 hours leaves the window and a permit frees. */
	public Instant getNextPermitAt() {
		return this.nextPermitAt;
	}

}

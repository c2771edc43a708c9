package io.github.seatablespring.ratelimit;

/**
 * A shared quota store could not be reached and is configured to fail rather than fall
 * back; {@link QuotaFilter} turns it into a {@code SeaTableRateLimitException} naming the
 * request.
 */
public class QuotaStoreUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public QuotaStoreUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}

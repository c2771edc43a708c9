package io.github.seatablespring.ratelimit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * The quota of one base, wherever its counts live ({@link QuotaStore}):
 * {@link QuotaFilter} asks it for a permit before every request and tells it what the
 * server announced, so both stores share the same waiting and refusal semantics.
 */
public interface QuotaLimiter {

	/**
	 * Reserves one permit for a request. Waiting windows may delay it up to
	 * {@code maxWait}; a full fail-fast window refuses it at once. A granted reservation
	 * that is not used must be given back with {@link Reservation#release()}.
	 * @param url the request's URL (a shared store finds the base's uuid in it)
	 * @param maxWait the longest acceptable delay
	 * @return the reservation; an error only when the store itself failed
	 */
	Mono<Reservation> reserve(URI url, Duration maxWait);

	/** The windows this limiter enforces, with their current limits. */
	List<RateWindow> getWindows();

	/**
	 * Permits the given window admits right now without waiting (for a shared store: as
	 * of this instance's last request).
	 */
	int availablePermissions(RateWindow window);

	/** When the next permit is free, or empty when one is free now. */
	Optional<Instant> nextFreePermit();

	/**
	 * Lowers the limit of the first waiting window (the minute) to what the server
	 * announced; a higher value is ignored.
	 * @return whether the limit was lowered
	 */
	boolean lowerLimit(int limit);

	/**
	 * Grants no permit before {@code until} (the server said nothing remains until then).
	 */
	void holdUntil(Instant until);

}

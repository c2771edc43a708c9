package io.github.seatablespring.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link QuotaLimiter#reserve}: either a permit to be used after
 * {@link #delay()}, or a refusal naming the full window and when it frees. A caller that
 * gives up on a granted permit (cancelled or timed out while it waits) hands it back with
 * {@link #release()}, so that nobody waits for a request that is never sent.
 */
public final class Reservation {

	private static final Runnable NOTHING = () -> {
	};

	private final boolean granted;

	private final Duration delay;

	private final @Nullable RateWindow blockedBy;

	private final @Nullable Instant nextPermitAt;

	private final Runnable release;

	private Reservation(boolean granted, Duration delay, @Nullable RateWindow blockedBy, @Nullable Instant nextPermitAt,
			Runnable release) {
		this.granted = granted;
		this.delay = delay;
		this.blockedBy = blockedBy;
		this.nextPermitAt = nextPermitAt;
		this.release = release;
	}

	/** A permit to be used after {@code delay}; {@code release} gives it back. */
	public static Reservation granted(Duration delay, Runnable release) {
		return new Reservation(true, delay, null, null, release);
	}

	/**
	 * A refusal by {@code window}, which admits the next request at {@code nextPermitAt}.
	 */
	public static Reservation refused(RateWindow window, Instant nextPermitAt) {
		return new Reservation(false, Duration.ZERO, window, nextPermitAt, NOTHING);
	}

	/** Whether a permit was reserved. */
	public boolean granted() {
		return this.granted;
	}

	/** How long to wait before sending (zero when the permit is free now). */
	public Duration delay() {
		return this.delay;
	}

	/** The window that refused the permit, or {@code null} when granted. */
	public @Nullable RateWindow blockedBy() {
		return this.blockedBy;
	}

	/** When the refusing window admits the next request, or {@code null} when granted. */
	public @Nullable Instant nextPermitAt() {
		return this.nextPermitAt;
	}

	/** Gives an unused granted permit back; does nothing for a refusal. */
	public void release() {
		this.release.run();
	}

	@Override
	public String toString() {
		return this.granted ? "Reservation[granted, delay=" + this.delay + "]"
				: "Reservation[refused by " + this.blockedBy + " until " + this.nextPermitAt + "]";
	}

}

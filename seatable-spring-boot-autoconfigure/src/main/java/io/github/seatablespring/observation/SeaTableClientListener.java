package io.github.seatablespring.observation;

import java.time.Duration;
import java.util.List;

/**
 * Hears what a base's client stack does beyond single requests: quota waits and refusals,
 * the server's 429s, retries and token exchanges. The filters call it on their own thread
 * and must not be slowed down, so implementations only count. Free of Micrometer, so that
 * the client needs no metrics library; the Micrometer implementation is
 * {@code SeaTableClientMetrics}.
 */
public interface SeaTableClientListener {

	/** A listener that ignores everything. */
	SeaTableClientListener NONE = new SeaTableClientListener() {
	};

	/**
	 * A permit was granted.
	 * @param base the base name
	 * @param wait how long the request waits for it (zero when the permit was free)
	 */
	default void permitGranted(String base, Duration wait) {
	}

	/**
	 * The client's own quota refused a request.
	 * @param base the base name
	 * @param window the name of the full window, for example {@code day}
	 */
	default void permitRefused(String base, String window) {
	}

	/**
	 * The server answered with 429.
	 * @param base the base name
	 */
	default void rateLimitedByServer(String base) {
	}

	/**
	 * A request is sent again.
	 * @param base the base name
	 * @param reason why: {@code rate-limited}, {@code connection} or {@code server-error}
	 */
	default void retried(String base, String reason) {
	}

	/**
	 * An API token was exchanged for a base token, or the exchange failed.
	 * @param base the base name
	 * @param outcome {@code success}, {@code rejected} (the API token was refused) or
	 * {@code error}
	 */
	default void tokenExchanged(String base, String outcome) {
	}

	/** A listener that passes every event to each of the given ones, in order. */
	static SeaTableClientListener of(List<? extends SeaTableClientListener> listeners) {
		if (listeners.isEmpty()) {
			return NONE;
		}
		if (listeners.size() == 1) {
			return listeners.get(0);
		}
		List<SeaTableClientListener> all = List.copyOf(listeners);
		return new SeaTableClientListener() {

			@Override
			public void permitGranted(String base, Duration wait) {
				all.forEach((listener) -> listener.permitGranted(base, wait));
			}

			@Override
			public void permitRefused(String base, String window) {
				all.forEach((listener) -> listener.permitRefused(base, window));
			}

			@Override
			public void rateLimitedByServer(String base) {
				all.forEach((listener) -> listener.rateLimitedByServer(base));
			}

			@Override
			public void retried(String base, String reason) {
				all.forEach((listener) -> listener.retried(base, reason));
			}

			@Override
			public void tokenExchanged(String base, String outcome) {
				all.forEach((listener) -> listener.tokenExchanged(base, outcome));
			}

		};
	}

}

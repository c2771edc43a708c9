package io.github.seatablespring.auth;

import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * Supplies the current base token of one base. Implementations cache the token, refresh
 * it before it expires, and let all concurrent callers share one refresh.
 */
public interface BaseTokenProvider {

	/** The current token, fetched or refreshed first if needed. */
	Mono<BaseToken> getToken();

	/**
	 * The token held now, without fetching one: empty before the first exchange, after a
	 * rejection and after expiry. For health checks and metrics, which must not cause
	 * requests.
	 */
	default Optional<BaseToken> currentToken() {
		return Optional.empty();
	}

	/**
	 * Marks {@code token} as rejected by the server, so that the next {@link #getToken()}
	 * fetches a new one. Invalidating a token that was already replaced does nothing.
	 */
	void invalidate(BaseToken token);

}

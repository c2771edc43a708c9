package io.github.seatablespring.auth;

import reactor.core.publisher.Mono;

/**
 * Supplies the current base token of one base. Implementations cache the token, refresh it before
 * it expires, and let all concurrent callers share one refresh.
 */
public interface BaseTokenProvider {

	/** The current token, fetched or refreshed first if needed. */
	Mono<BaseToken> getToken();

	/**
	 * Marks {@code token} as rejected by the server, so that the next {@link #getToken()} fetches a
	 * new one. Invalidating a token that was already replaced does nothing.
	 */
	void invalidate(BaseToken token);

}

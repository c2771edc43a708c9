package io.github.seatablespring.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A base token from any source (an API-token exchange, or the account token), cached as
 * one {@link Mono} shared by all callers: while a fetch is in flight every subscriber
 * joins it. The token is refreshed {@code refreshBeforeExpiry} before it expires, or at
 * once after the server rejected it; a failed fetch is not cached.
 */
public final class CachingBaseTokenProvider implements BaseTokenProvider {

	private final Mono<BaseToken> token;

	private final Duration refreshBeforeExpiry;

	private final Clock clock;

	private volatile @Nullable BaseToken rejected;

	/**
	 * @param fetch fetches a fresh base token
	 * @param refreshBeforeExpiry how long before expiry the token is replaced
	 * @param clock the clock that decides when a token is due
	 */
	public CachingBaseTokenProvider(Supplier<Mono<BaseToken>> fetch, Duration refreshBeforeExpiry, Clock clock) {
		this.refreshBeforeExpiry = refreshBeforeExpiry;
		this.clock = clock;
		this.token = Mono.defer(fetch).transform(TokenHandover::offTheEventLoop).cacheInvalidateIf(this::isDue);
	}

	@Override
	public Mono<BaseToken> getToken() {
		return this.token;
	}

	@Override
	public void invalidate(BaseToken token) {
		this.rejected = token;
	}

	private boolean isDue(BaseToken token) {
		return token == this.rejected
				|| !this.clock.instant().isBefore(token.expiresAt().minus(this.refreshBeforeExpiry));
	}

}

package io.github.seatablespring.account.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import io.github.seatablespring.auth.BaseToken;
import io.github.seatablespring.auth.BaseTokenProvider;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The base token of a base reached through an account: fetched with the account token
 * ({@code GET /api/v2.1/workspace/{workspace_id}/dtable/{base_name}/access-token/}), cached, shared
 * by all callers while a fetch is in flight, refreshed before it expires or after the server
 * rejected it.
 */
public final class AccountBaseTokenProvider implements BaseTokenProvider {

	private final Mono<BaseToken> token;

	private final Duration refreshBeforeExpiry;

	private final Clock clock;

	private volatile @Nullable BaseToken rejected;

	/**
	 * @param fetch fetches a fresh base token through the account
	 * @param refreshBeforeExpiry how long before expiry the token is replaced
	 * @param clock the clock that decides when a token is due
	 */
	public AccountBaseTokenProvider(Supplier<Mono<BaseToken>> fetch, Duration refreshBeforeExpiry, Clock clock) {
		this.refreshBeforeExpiry = refreshBeforeExpiry;
		this.clock = clock;
		this.token = Mono.defer(fetch).cacheInvalidateIf(this::isDue);
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

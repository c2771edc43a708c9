package io.github.seatablespring.account.auth;

import io.github.seatablespring.SeaTableAuthenticationException;
import io.github.seatablespring.http.SeaTableErrors;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Authenticates account operations with {@code Authorization: Token <account-token>}.
 *
 * <p>
 * A 401 means SeaTable did not run the request, so the filter logs in again and replays
 * it once, whatever its method. A second 401, or a 401 for a configured token that cannot
 * be renewed, becomes a {@link SeaTableAuthenticationException} naming the properties to
 * fix.
 */
public final class AccountTokenFilter implements ExchangeFilterFunction {

	private final AccountTokenProvider tokens;

	public AccountTokenFilter(AccountTokenProvider tokens) {
		this.tokens = tokens;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return this.tokens.getToken()
			.flatMap((token) -> next.exchange(authenticated(request, token)).flatMap((response) -> {
				if (!isRejection(response)) {
					return Mono.just(response);
				}
				if (!this.tokens.canRenew()) {
					return rejected(request, response);
				}
				this.tokens.invalidate(token);
				return response.releaseBody()
					.then(this.tokens.getToken())
					.flatMap((fresh) -> next.exchange(authenticated(request, fresh)))
					.flatMap((replayed) -> isRejection(replayed) ? rejected(request, replayed) : Mono.just(replayed));
			}));
	}

	private static boolean isRejection(ClientResponse response) {
		return response.statusCode().value() == 401;
	}

	private Mono<ClientResponse> rejected(ClientRequest request, ClientResponse response) {
		return SeaTableErrors.fromResponse(request, response)
			.flatMap((ex) -> Mono.error(new SeaTableAuthenticationException(
					"SeaTable did not accept the account token; check " + this.tokens.property(), ex.getRequest(),
					null)));
	}

	private static ClientRequest authenticated(ClientRequest request, String token) {
		return ClientRequest.from(request)
			.headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION, "Token " + token))
			.build();
	}

	@Override
	public String toString() {
		return "AccountTokenFilter[" + this.tokens + "]";
	}

}

package io.github.seatablespring.auth;

import io.github.seatablespring.http.SeaTableErrors;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Authenticates base operations with {@code Authorization: Bearer <base-token>}.
 *
 * <p>
 * When SeaTable rejects the token (401, or 403 saying the token expired or is invalid)
 * the request was not executed, so the filter invalidates the token, fetches a new one
 * and replays the request once. A second rejection is passed on and becomes a
 * {@link io.github.seatablespring.SeaTableAuthenticationException}.
 */
public final class BaseTokenFilter implements ExchangeFilterFunction {

	private final BaseTokenProvider tokens;

	public BaseTokenFilter(BaseTokenProvider tokens) {
		this.tokens = tokens;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return this.tokens.getToken()
			.flatMap((token) -> next.exchange(authenticated(request, token)).flatMap((response) -> {
				int status = response.statusCode().value();
				// most answers are neither: they pass without a look at the body
				return (status == 401 || status == 403) ? replayIfRejected(request, next, token, response)
						: Mono.just(response);
			}));
	}

	private Mono<ClientResponse> replayIfRejected(ClientRequest request, ExchangeFunction next, BaseToken token,
			ClientResponse response) {
		return checkToken(response).flatMap((accepted) -> {
			if (accepted.tokenAccepted()) {
				return Mono.just(accepted.response());
			}
			this.tokens.invalidate(token);
			return this.tokens.getToken().flatMap((fresh) -> next.exchange(authenticated(request, fresh)));
		});
	}

	private static ClientRequest authenticated(ClientRequest request, BaseToken token) {
		return ClientRequest.from(request).headers((headers) -> headers.setBearerAuth(token.accessToken())).build();
	}

	/**
	 * Decides whether the response rejects the token; a 403 body is read and put back for
	 * the caller.
	 */
	private static Mono<Checked> checkToken(ClientResponse response) {
		int status = response.statusCode().value();
		if (status == 401) {
			return response.releaseBody().thenReturn(new Checked(false, response));
		}
		if (status != 403) {
			return Mono.just(new Checked(true, response));
		}
		return response.bodyToMono(String.class).defaultIfEmpty("").flatMap((body) -> {
			if (SeaTableErrors.isTokenProblem(SeaTableErrors.errorMessage(body))) {
				return Mono.just(new Checked(false, response));
			}
			return Mono.just(new Checked(true, response.mutate().body(body).build()));
		});
	}

	private record Checked(boolean tokenAccepted, ClientResponse response) {
	}

}

package io.github.seatablespring.account;

import java.util.Map;
import java.util.Objects;

import io.github.seatablespring.auth.BaseToken;
import reactor.core.publisher.Mono;

/** Base-token operations of the account API. */
final class DefaultReactiveBaseTokensOperations implements ReactiveBaseTokensOperations {

	private static final String ACCESS_TOKEN = Params.BASE + "/access-token/";

	private static final String EXTERNAL_LINK = "/api/v2.1/external-link-tokens/{external_link_token}/access-token/";

	private final AccountCalls calls;

	private final AccountResponses responses;

	DefaultReactiveBaseTokensOperations(AccountCalls calls, AccountResponses responses) {
		this.calls = calls;
		this.responses = responses;
	}

	@Override
	public Mono<BaseToken> forBase(long workspaceId, String baseName) {
		// this answer names neither base nor workspace: they are the ones asked for
		return this.calls.get(ACCESS_TOKEN, Params.base(workspaceId, baseName), Map.of(), this.responses::baseToken)
			.map((token) -> new BaseToken(token.accessToken(), token.baseUuid(),
					Objects.requireNonNullElse(token.baseName(), baseName),
					Objects.requireNonNullElse(token.workspaceId(), String.valueOf(workspaceId)), token.expiresAt()));
	}

	@Override
	public Mono<BaseToken> forExternalLink(String externalLinkToken) {
		return this.calls.get(EXTERNAL_LINK,
				Map.of("external_link_token", Params.text(externalLinkToken, "externalLinkToken")), Map.of(),
				this.responses::baseToken);
	}

}

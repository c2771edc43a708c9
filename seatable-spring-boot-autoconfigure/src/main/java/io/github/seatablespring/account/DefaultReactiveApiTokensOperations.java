package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import io.github.seatablespring.account.model.ApiToken;
import io.github.seatablespring.account.model.Permission;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/** API-token operations of the account API. */
final class DefaultReactiveApiTokensOperations implements ReactiveApiTokensOperations {

	private static final String TOKENS = Params.BASE + "/api-tokens/";

	private static final String TOKEN = TOKENS + "{app_name}/";

	private static final String TEMPORARY = Params.BASE + "/temp-api-token/";

	private final AccountCalls calls;

	DefaultReactiveApiTokensOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<ApiToken>> list(long workspaceId, String baseName) {
		return this.calls.get(TOKENS, Params.base(workspaceId, baseName), Map.of(),
				(answer) -> AccountResponses.list(answer, "api_tokens", AccountResponses::apiToken));
	}

	@Override
	public Mono<ApiToken> create(long workspaceId, String baseName, String appName, Permission permission) {
		Assert.notNull(permission, "permission must not be null");
		return this.calls.send(HttpMethod.POST, TOKENS, Params.base(workspaceId, baseName),
				Body.form(Params.of("app_name", Params.text(appName, "appName"), "permission", permission.value())),
				AccountResponses::apiToken);
	}

	@Override
	public Mono<ApiToken> update(long workspaceId, String baseName, String appName, Permission permission) {
		Assert.notNull(permission, "permission must not be null");
		return this.calls.send(HttpMethod.PUT, TOKEN, token(workspaceId, baseName, appName),
				Body.form(Params.of("permission", permission.value())), AccountResponses::apiToken);
	}

	@Override
	public Mono<Void> delete(long workspaceId, String baseName, String appName) {
		return this.calls.delete(TOKEN, token(workspaceId, baseName, appName));
	}

	@Override
	public Mono<String> createTemporary(long workspaceId, String baseName) {
		return this.calls.get(TEMPORARY, Params.base(workspaceId, baseName), Map.of(),
				(answer) -> AccountResponses.required(answer, "api_token"));
	}

	private static Map<String, Object> token(long workspaceId, String baseName, String appName) {
		return Map.of("workspace_id", Params.workspace(workspaceId), "base_name", Params.text(baseName, "baseName"),
				"app_name", Params.text(appName, "appName"));
	}

}

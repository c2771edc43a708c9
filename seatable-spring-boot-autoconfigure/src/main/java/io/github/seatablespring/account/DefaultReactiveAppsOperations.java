package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

/** Apps operations of the account API. */
final class DefaultReactiveAppsOperations implements ReactiveAppsOperations {

	private static final String UNIVERSAL_APPS = "/api/v2.1/universal-apps/";

	private static final String UNIVERSAL_APPS_APP_USERS_BATCH = "/api/v2.1/universal-apps/{app_token}/app-users/batch/";

	private static final String UNIVERSAL_APPS_APP_USERS = "/api/v2.1/universal-apps/{app_token}/app-users/";

	private static final String UNIVERSAL_APPS_INVITE_LINKS = "/api/v2.1/universal-apps/{app_token}/invite-links/";

	private static final String EXTERNAL_APPS_STATUS = "/api/v2.1/external-apps/{app_token}/status/";

	private final AccountCalls calls;

	DefaultReactiveAppsOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<Map<String, @Nullable Object>> list() {
		return this.calls.get(UNIVERSAL_APPS, Map.of(), Map.of(), AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> importUsers(String appToken, List<? extends Map<String, ?>> users) {
		return this.calls.send(HttpMethod.POST, UNIVERSAL_APPS_APP_USERS_BATCH,
				Params.of("app_token", Params.text(appToken, "appToken")), Body.json(Params.of("users_info", users)),
				AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> users(String appToken) {
		return this.calls.get(UNIVERSAL_APPS_APP_USERS, Params.of("app_token", Params.text(appToken, "appToken")),
				Map.of(), AccountResponses::object);
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> inviteLinks(String appToken) {
		return this.calls.get(UNIVERSAL_APPS_INVITE_LINKS, Params.of("app_token", Params.text(appToken, "appToken")),
				Map.of(), (answer) -> AccountResponses.objects(answer, "app_share_links"));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> setInactive(String appToken, boolean inactive) {
		return this.calls.send(HttpMethod.PUT, EXTERNAL_APPS_STATUS,
				Params.of("app_token", Params.text(appToken, "appToken")),
				Body.json(Params.of("is_inactive", inactive)), AccountResponses::object);
	}

}

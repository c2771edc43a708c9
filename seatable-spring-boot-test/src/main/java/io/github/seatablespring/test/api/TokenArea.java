package io.github.seatablespring.test.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.seatablespring.test.auth.Quota;
import io.github.seatablespring.test.auth.Tokens.ApiToken;
import io.github.seatablespring.test.http.Reply;
import io.github.seatablespring.test.store.BaseStore;
import io.github.seatablespring.test.store.EmulatedError;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v2.1/dtable/app-access-token/}: an API token exchanged for a base
 * token, 60 per minute.
 */
final class TokenArea implements Area {

	static final String TOKEN_PATH = "/api/v2.1/dtable/app-access-token/";

	private static final Pattern DURATION = Pattern.compile("^(\\d+)([smhd]?)$");

	private final Map<ApiToken, Quota> exchanges = new ConcurrentHashMap<>();

	@Override
	public void register(RouteTable routes) {
		routes.get(TOKEN_PATH, Access.API_TOKEN, this::exchange);
	}

	private Object exchange(Call call) {
		Server server = call.server();
		ApiToken apiToken = server.tokens().apiToken(call.request().header("authorization"));
		BaseStore base = call.base();
		Quota quota = this.exchanges.computeIfAbsent(apiToken,
				(token) -> new Quota(server.tokenExchangesPerMinute(), Integer.MAX_VALUE, server.clock()));
		Map<String, String> rejection = quota.tryAcquire();
		if (rejection != null) {
			return Reply.empty(429, rejection);
		}
		String jwt = server.tokens().issue(apiToken, server.clock().instant().plus(lifetime(call.query("exp"))));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("app_name", apiToken.appName());
		answer.put("access_token", jwt);
		answer.put("dtable_uuid", base.uuid());
		// the keys a SeaTable 5.3+ server answers (older ones also sent dtable_socket and
		// dtable_db)
		answer.put("dtable_server", server.serverUrl() + "/api-gateway/");
		answer.put("workspace_id", 1);
		answer.put("dtable_name", base.name());
		answer.put("use_api_gateway", true);
		return answer;
	}

	private static Duration lifetime(@Nullable String exp) {
		if (exp == null || exp.isBlank()) {
			return Duration.ofDays(3);
		}
		Matcher matcher = DURATION.matcher(exp.trim());
		if (!matcher.matches()) {
			throw EmulatedError.badRequest("exp invalid");
		}
		long amount = Long.parseLong(matcher.group(1));
		return switch (matcher.group(2)) {
			case "m" -> Duration.ofMinutes(amount);
			case "h" -> Duration.ofHours(amount);
			case "d" -> Duration.ofDays(amount);
			default -> Duration.ofSeconds(amount);
		};
	}

}

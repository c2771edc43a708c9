package io.github.seatablespring.account;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import io.github.seatablespring.account.model.Webhook;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/** Webhook operations of the account API. */
final class DefaultReactiveWebhooksOperations implements ReactiveWebhooksOperations {

	private static final String WEBHOOKS = Params.BASE + "/webhooks/";

	private static final String WEBHOOK = WEBHOOKS + "{webhook_id}/";

	private final AccountCalls calls;

	DefaultReactiveWebhooksOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<Webhook>> list(long workspaceId, String baseName) {
		return this.calls.get(WEBHOOKS, Params.base(workspaceId, baseName), Map.of(),
				(answer) -> AccountResponses.list(answer, "webhook_list", AccountResponses::webhook));
	}

	@Override
	public Mono<Webhook> create(long workspaceId, String baseName, URI url, @Nullable String secret) {
		return this.calls.send(HttpMethod.POST, WEBHOOKS, Params.base(workspaceId, baseName), body(url, secret),
				DefaultReactiveWebhooksOperations::webhook);
	}

	@Override
	public Mono<Webhook> update(long workspaceId, String baseName, long webhookId, URI url, @Nullable String secret) {
		return this.calls.send(HttpMethod.PUT, WEBHOOK, webhook(workspaceId, baseName, webhookId), body(url, secret),
				DefaultReactiveWebhooksOperations::webhook);
	}

	@Override
	public Mono<Void> delete(long workspaceId, String baseName, long webhookId) {
		return this.calls.delete(WEBHOOK, webhook(workspaceId, baseName, webhookId));
	}

	private static Body body(URI url, @Nullable String secret) {
		Assert.isTrue(url != null && url.isAbsolute(), "url must be an absolute URL");
		return Body.form(Params.of("url", url.toString(), "secret", secret));
	}

	private static Webhook webhook(JsonNode answer) {
		return AccountResponses.webhook(AccountResponses.unwrap(answer, "webhook"));
	}

	private static Map<String, Object> webhook(long workspaceId, String baseName, long webhookId) {
		return Map.of("workspace_id", Params.workspace(workspaceId), "base_name", Params.text(baseName, "baseName"),
				"webhook_id", webhookId);
	}

}

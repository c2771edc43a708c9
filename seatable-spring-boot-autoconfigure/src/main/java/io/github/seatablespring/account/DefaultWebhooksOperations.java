package io.github.seatablespring.account;

import java.net.URI;
import java.util.List;

import io.github.seatablespring.account.model.Webhook;
import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking webhooks operations that wait for their reactive twin. */
final class DefaultWebhooksOperations implements WebhooksOperations {

	private final ReactiveWebhooksOperations reactive;

	DefaultWebhooksOperations(ReactiveWebhooksOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Webhook> list(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.list(workspaceId, baseName));
	}

	@Override
	public Webhook create(long workspaceId, String baseName, URI url, @Nullable String secret) {
		return Blocking.await(this.reactive.create(workspaceId, baseName, url, secret));
	}

	@Override
	public Webhook update(long workspaceId, String baseName, long webhookId, URI url, @Nullable String secret) {
		return Blocking.await(this.reactive.update(workspaceId, baseName, webhookId, url, secret));
	}

	@Override
	public void delete(long workspaceId, String baseName, long webhookId) {
		Blocking.run(this.reactive.delete(workspaceId, baseName, webhookId));
	}

}

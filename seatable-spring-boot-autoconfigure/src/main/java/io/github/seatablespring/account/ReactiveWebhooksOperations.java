package io.github.seatablespring.account;

import java.net.URI;
import java.util.List;

import io.github.seatablespring.account.model.Webhook;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the webhooks of a base; reached with {@code account.webhooks()}.
 *
 * @see WebhooksOperations
 */
public interface ReactiveWebhooksOperations {

	/** The webhooks of a base ({@code listWebhooks}). */
	Mono<List<Webhook>> list(long workspaceId, String baseName);

	/**
	 * Registers a webhook: SeaTable posts every change of the base to {@code url}
	 * ({@code createWebhook}).
	 * @param secret the secret SeaTable signs its posts with, or {@code null} for none
	 */
	Mono<Webhook> create(long workspaceId, String baseName, URI url, @Nullable String secret);

	/** Changes the URL and secret of a webhook ({@code updateWebhook}). */
	Mono<Webhook> update(long workspaceId, String baseName, long webhookId, URI url, @Nullable String secret);

	/** Deletes a webhook ({@code deleteWebhook}). */
	Mono<Void> delete(long workspaceId, String baseName, long webhookId);

}

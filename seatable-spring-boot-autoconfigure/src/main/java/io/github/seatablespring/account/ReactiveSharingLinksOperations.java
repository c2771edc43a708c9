package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.ExternalLink;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on sharing links of bases and views, and invitation links; reached
 * with {@code account.sharingLinks()}.
 *
 * @see SharingLinksOperations
 */
public interface ReactiveSharingLinksOperations {

	/** The sharing links of a base ({@code listBaseExternalLinks}). */
	Mono<List<ExternalLink>> list(long workspaceId, String baseName);

	/**
	 * Creates a sharing link of a base; {@code null} arguments are left out
	 * ({@code createBaseExternalLink}).
	 */
	Mono<ExternalLink> create(long workspaceId, String baseName, @Nullable String password,
			@Nullable Integer expireDays, @Nullable String token);

	/** Deletes a sharing link of a base ({@code deleteExternalLink}). */
	Mono<Void> delete(long workspaceId, String baseName, String token);

	/** The sharing links of a view ({@code listViewExternalLinks}). */
	Mono<List<Map<String, @Nullable Object>>> listViewLinks(long workspaceId, String baseName, String tableId,
			String viewId);

	/**
	 * Creates a sharing link of a view; {@code null} arguments are left out
	 * ({@code createViewExternalLink}).
	 */
	Mono<Map<String, @Nullable Object>> createViewLink(long workspaceId, String baseName, String tableId, String viewId,
			@Nullable String token, @Nullable String password, @Nullable Integer expireDays);

	/** Deletes a sharing link of a view ({@code deleteViewExternalLink}). */
	Mono<Void> deleteViewLink(long workspaceId, String baseName, String token);

	/** Creates a link that invites its users to a base ({@code createInviteLink}). */
	Mono<Map<String, @Nullable Object>> createInviteLink(long workspaceId, String baseName, String permission,
			@Nullable String password, @Nullable Integer expireDays);

	/** Deletes an invitation link ({@code deleteInviteLink}). */
	Mono<Void> deleteInviteLink(String token);

}

package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.ExternalLink;
import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking sharing links operations that wait for their reactive twin. */
final class DefaultSharingLinksOperations implements SharingLinksOperations {

	private final ReactiveSharingLinksOperations reactive;

	DefaultSharingLinksOperations(ReactiveSharingLinksOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<ExternalLink> list(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.list(workspaceId, baseName));
	}

	@Override
	public ExternalLink create(long workspaceId, String baseName, @Nullable String password,
			@Nullable Integer expireDays, @Nullable String token) {
		return Blocking.await(this.reactive.create(workspaceId, baseName, password, expireDays, token));
	}

	@Override
	public void delete(long workspaceId, String baseName, String token) {
		Blocking.run(this.reactive.delete(workspaceId, baseName, token));
	}

	@Override
	public List<Map<String, @Nullable Object>> listViewLinks(long workspaceId, String baseName, String tableId,
			String viewId) {
		return Blocking.await(this.reactive.listViewLinks(workspaceId, baseName, tableId, viewId));
	}

	@Override
	public Map<String, @Nullable Object> createViewLink(long workspaceId, String baseName, String tableId,
			String viewId, @Nullable String token, @Nullable String password, @Nullable Integer expireDays) {
		return Blocking
			.await(this.reactive.createViewLink(workspaceId, baseName, tableId, viewId, token, password, expireDays));
	}

	@Override
	public void deleteViewLink(long workspaceId, String baseName, String token) {
		Blocking.run(this.reactive.deleteViewLink(workspaceId, baseName, token));
	}

	@Override
	public Map<String, @Nullable Object> createInviteLink(long workspaceId, String baseName, String permission,
			@Nullable String password, @Nullable Integer expireDays) {
		return Blocking.await(this.reactive.createInviteLink(workspaceId, baseName, permission, password, expireDays));
	}

	@Override
	public void deleteInviteLink(String token) {
		Blocking.run(this.reactive.deleteInviteLink(token));
	}

}

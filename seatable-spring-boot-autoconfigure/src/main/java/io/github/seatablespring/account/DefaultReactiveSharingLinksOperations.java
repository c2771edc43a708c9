package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import io.github.seatablespring.account.model.ExternalLink;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

/** SharingLinks operations of the account API. */
final class DefaultReactiveSharingLinksOperations implements ReactiveSharingLinksOperations {

	private static final String EXTERNAL_LINKS = Params.BASE + "/external-links/";

	private static final String EXTERNAL_LINK = Params.BASE + "/external-links/{external_link_token}/";

	private static final String VIEW_EXTERNAL_LINKS = Params.BASE + "/view-external-links/";

	private static final String VIEW_EXTERNAL_LINK = Params.BASE + "/view-external-links/{view_external_link_token}/";

	private static final String DTABLES_INVITE_LINKS = "/api/v2.1/dtables/invite-links/";

	private static final String DTABLES_INVITE_LINK = "/api/v2.1/dtables/invite-links/{invite_link_token}/";

	private final AccountCalls calls;

	DefaultReactiveSharingLinksOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<ExternalLink>> list(long workspaceId, String baseName) {
		return this.calls.get(EXTERNAL_LINKS, Params.base(workspaceId, baseName), Map.of(),
				(answer) -> AccountResponses.list(answer, "links", AccountResponses::externalLink));
	}

	@Override
	public Mono<ExternalLink> create(long workspaceId, String baseName, @Nullable String password,
			@Nullable Integer expireDays, @Nullable String token) {
		return this.calls.send(HttpMethod.POST, EXTERNAL_LINKS, Params.base(workspaceId, baseName),
				Body.form(Params.of("password", password, "expire_days", expireDays, "token", token)),
				(answer) -> AccountResponses.externalLink(answer));
	}

	@Override
	public Mono<Void> delete(long workspaceId, String baseName, String token) {
		return this.calls.run(HttpMethod.DELETE, EXTERNAL_LINK,
				Params.base(workspaceId, baseName, "external_link_token", Params.text(token, "token")), Map.of(),
				Body.none());
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> listViewLinks(long workspaceId, String baseName, String tableId,
			String viewId) {
		return this.calls.get(VIEW_EXTERNAL_LINKS, Params.base(workspaceId, baseName),
				Params.of("table_id", Params.text(tableId, "tableId"), "view_id", Params.text(viewId, "viewId")),
				(answer) -> AccountResponses.objects(answer, "dtable_view_external_link_list"));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> createViewLink(long workspaceId, String baseName, String tableId,
			String viewId, @Nullable String token, @Nullable String password, @Nullable Integer expireDays) {
		return this.calls
			.send(HttpMethod.POST, VIEW_EXTERNAL_LINKS, Params.base(workspaceId, baseName),
					Body.form(Params.of("table_id", Params.text(tableId, "tableId"), "view_id",
							Params.text(viewId, "viewId"), "token", token, "password", password, "expire_days",
							expireDays)),
					AccountResponses::object);
	}

	@Override
	public Mono<Void> deleteViewLink(long workspaceId, String baseName, String token) {
		return this.calls.run(HttpMethod.DELETE, VIEW_EXTERNAL_LINK,
				Params.base(workspaceId, baseName, "view_external_link_token", Params.text(token, "token")), Map.of(),
				Body.none());
	}

	@Override
	public Mono<Map<String, @Nullable Object>> createInviteLink(long workspaceId, String baseName, String permission,
			@Nullable String password, @Nullable Integer expireDays) {
		return this.calls.send(HttpMethod.POST, DTABLES_INVITE_LINKS, Map.of(),
				Body.form(Params.of("workspace_id", Params.workspace(workspaceId), "table_name",
						Params.text(baseName, "baseName"), "permission", Params.text(permission, "permission"),
						"password", password, "expire_days", expireDays)),
				AccountResponses::object);
	}

	@Override
	public Mono<Void> deleteInviteLink(String token) {
		return this.calls.run(HttpMethod.DELETE, DTABLES_INVITE_LINK,
				Params.of("invite_link_token", Params.text(token, "token")), Map.of(), Body.none());
	}

}

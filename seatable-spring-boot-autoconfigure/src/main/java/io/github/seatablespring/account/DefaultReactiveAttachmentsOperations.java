package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

/** Attachments operations of the account API. */
final class DefaultReactiveAttachmentsOperations implements ReactiveAttachmentsOperations {

	private static final String DTABLE_ASSET_UPLOAD_LINK = "/api/v2.1/workspace/{workspace_id}/dtable-asset-upload-link/";

	private static final String DTABLE_ASSET = "/api/v2.1/dtable-asset/{base_uuid}/";

	private static final String DTABLE_ASSET_ASSET_SIZE = "/api/v2.1/dtable-asset/{base_uuid}/asset-size/";

	private static final String DTABLE_RECENT_ASSET = "/api/v2.1/dtable-recent-asset/{base_uuid}/";

	private static final String DTABLE_ASSET_RENAME = "/api/v2.1/dtable-asset/{base_uuid}/rename/";

	private static final String DTABLE_ASSET_BATCH_DELETE_ASSETS = "/api/v2.1/dtable-asset/{base_uuid}/batch-delete-assets/";

	private static final String ASSET_EXISTS = Params.BASE + "/asset-exists/";

	private final AccountCalls calls;

	DefaultReactiveAttachmentsOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<Map<String, @Nullable Object>> uploadLink(long workspaceId, String baseName) {
		return this.calls.get(DTABLE_ASSET_UPLOAD_LINK, Params.inWorkspace(workspaceId),
				Params.of("base_name", Params.text(baseName, "baseName")), AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> list(String baseUuid, @Nullable String parentDir) {
		return this.calls.get(DTABLE_ASSET, Params.baseUuid(baseUuid), Params.of("parent_dir", parentDir),
				AccountResponses::object);
	}

	@Override
	public Mono<Void> delete(String baseUuid, String path) {
		return this.calls.run(HttpMethod.DELETE, DTABLE_ASSET, Params.baseUuid(baseUuid),
				Params.of("path", Params.text(path, "path")), Body.none());
	}

	@Override
	public Mono<Map<String, @Nullable Object>> size(String baseUuid) {
		return this.calls.get(DTABLE_ASSET_ASSET_SIZE, Params.baseUuid(baseUuid), Map.of(), AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> listRecent(String baseUuid, @Nullable Integer months) {
		return this.calls.get(DTABLE_RECENT_ASSET, Params.baseUuid(baseUuid), Params.of("months", months),
				AccountResponses::object);
	}

	@Override
	public Mono<Void> rename(String baseUuid, String path, String newName) {
		return this.calls.run(HttpMethod.POST, DTABLE_ASSET_RENAME, Params.baseUuid(baseUuid), Map.of(),
				Body.form(Params.of("path", Params.text(path, "path"), "new_name", Params.text(newName, "newName"))));
	}

	@Override
	public Mono<Void> deleteAll(String baseUuid, String parentPath, List<String> assetNames) {
		return this.calls.run(HttpMethod.DELETE, DTABLE_ASSET_BATCH_DELETE_ASSETS, Params.baseUuid(baseUuid), Map.of(),
				Body.json(Params.of("parent_path", Params.text(parentPath, "parentPath"), "asset_names", assetNames)));
	}

	@Override
	public Mono<Boolean> exists(long workspaceId, String baseName, String path) {
		return this.calls.get(ASSET_EXISTS, Params.base(workspaceId, baseName),
				Params.of("path", Params.text(path, "path")), (answer) -> AccountResponses.flag(answer, "is_exist"));
	}

}

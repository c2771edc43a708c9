package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

/** CommonDatasets operations of the account API. */
final class DefaultReactiveCommonDatasetsOperations implements ReactiveCommonDatasetsOperations {

	private static final String COMMON_DATASETS = "/api/v2.1/dtable/common-datasets/";

	private static final String COMMON_DATASETS_IMPORT = "/api/v2.1/dtable/common-datasets/{dataset_id}/import/";

	private static final String COMMON_DATASETS_INFO = "/api/v2.1/dtable/common-datasets/{dataset_id}/info/";

	private static final String COMMON_DATASET = "/api/v2.1/dtable/common-datasets/{dataset_id}/";

	private static final String COMMON_DATASETS_SYNC = "/api/v2.1/dtable/common-datasets/{dataset_id}/sync/";

	private static final String COMMON_DATASETS_SYNCS = "/api/v2.1/dtable/common-datasets/syncs/";

	private final AccountCalls calls;

	DefaultReactiveCommonDatasetsOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<Map<String, @Nullable Object>> publish(String datasetName, long workspaceId, String baseName,
			String tableName, String viewName) {
		return this.calls.send(HttpMethod.POST, COMMON_DATASETS, Map.of(),
				Body.form(Params.of("dataset_name", Params.text(datasetName, "datasetName"), "workspace_id",
						Params.workspace(workspaceId), "dtable_name", Params.text(baseName, "baseName"), "table_name",
						Params.text(tableName, "tableName"), "view_name", Params.text(viewName, "viewName"))),
				AccountResponses::object);
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> list(String baseUuid, @Nullable Boolean byGroup) {
		return this.calls.get(COMMON_DATASETS, Map.of(),
				Params.of("dtable_uuid", Params.text(baseUuid, "baseUuid"), "by_group", byGroup),
				(answer) -> AccountResponses.objects(answer, "dataset_list"));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> importInto(long datasetId, String targetBaseUuid) {
		return this.calls.send(HttpMethod.POST, COMMON_DATASETS_IMPORT, Params.of("dataset_id", datasetId),
				Body.form(Params.of("dst_dtable_uuid", Params.text(targetBaseUuid, "targetBaseUuid"))),
				AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> info(long datasetId) {
		return this.calls.get(COMMON_DATASETS_INFO, Params.of("dataset_id", datasetId), Map.of(),
				AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> get(long datasetId) {
		return this.calls.get(COMMON_DATASET, Params.of("dataset_id", datasetId), Map.of(), AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> rename(long datasetId, String name) {
		return this.calls.send(HttpMethod.PUT, COMMON_DATASET, Params.of("dataset_id", datasetId),
				Body.form(Params.of("dataset_name", Params.text(name, "name"))), AccountResponses::object);
	}

	@Override
	public Mono<Void> delete(long datasetId) {
		return this.calls.run(HttpMethod.DELETE, COMMON_DATASET, Params.of("dataset_id", datasetId), Map.of(),
				Body.none());
	}

	@Override
	public Mono<Void> updateSync(long datasetId, boolean periodically, String targetBaseUuid, String targetTableId) {
		return this.calls.run(HttpMethod.PUT, COMMON_DATASETS_SYNC, Params.of("dataset_id", datasetId), Map.of(),
				Body.json(Params.of("is_sync_periodically", periodically, "dst_dtable_uuid",
						Params.text(targetBaseUuid, "targetBaseUuid"), "dst_table_id",
						Params.text(targetTableId, "targetTableId"))));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> sync(long datasetId, String targetBaseUuid, String targetTableId,
			@Nullable String targetViewId) {
		return this.calls.send(HttpMethod.POST, COMMON_DATASETS_SYNC, Params.of("dataset_id", datasetId),
				Body.form(Params.of("dst_dtable_uuid", Params.text(targetBaseUuid, "targetBaseUuid"), "dst_table_id",
						Params.text(targetTableId, "targetTableId"), "dst_view_id", targetViewId)),
				AccountResponses::object);
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> syncHistory(String baseUuid) {
		return this.calls.get(COMMON_DATASETS_SYNCS, Map.of(),
				Params.of("dtable_uuid", Params.text(baseUuid, "baseUuid")),
				(answer) -> AccountResponses.objects(answer, "dataset_sync_list"));
	}

}

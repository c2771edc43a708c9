package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking common datasets operations that wait for their reactive twin. */
final class DefaultCommonDatasetsOperations implements CommonDatasetsOperations {

	private final ReactiveCommonDatasetsOperations reactive;

	DefaultCommonDatasetsOperations(ReactiveCommonDatasetsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public Map<String, @Nullable Object> publish(String datasetName, long workspaceId, String baseName,
			String tableName, String viewName) {
		return Blocking.await(this.reactive.publish(datasetName, workspaceId, baseName, tableName, viewName));
	}

	@Override
	public List<Map<String, @Nullable Object>> list(String baseUuid, @Nullable Boolean byGroup) {
		return Blocking.await(this.reactive.list(baseUuid, byGroup));
	}

	@Override
	public Map<String, @Nullable Object> importInto(long datasetId, String targetBaseUuid) {
		return Blocking.await(this.reactive.importInto(datasetId, targetBaseUuid));
	}

	@Override
	public Map<String, @Nullable Object> info(long datasetId) {
		return Blocking.await(this.reactive.info(datasetId));
	}

	@Override
	public Map<String, @Nullable Object> get(long datasetId) {
		return Blocking.await(this.reactive.get(datasetId));
	}

	@Override
	public Map<String, @Nullable Object> rename(long datasetId, String name) {
		return Blocking.await(this.reactive.rename(datasetId, name));
	}

	@Override
	public void delete(long datasetId) {
		Blocking.run(this.reactive.delete(datasetId));
	}

	@Override
	public void updateSync(long datasetId, boolean periodically, String targetBaseUuid, String targetTableId) {
		Blocking.run(this.reactive.updateSync(datasetId, periodically, targetBaseUuid, targetTableId));
	}

	@Override
	public Map<String, @Nullable Object> sync(long datasetId, String targetBaseUuid, String targetTableId,
			@Nullable String targetViewId) {
		return Blocking.await(this.reactive.sync(datasetId, targetBaseUuid, targetTableId, targetViewId));
	}

	@Override
	public List<Map<String, @Nullable Object>> syncHistory(String baseUuid) {
		return Blocking.await(this.reactive.syncHistory(baseUuid));
	}

}

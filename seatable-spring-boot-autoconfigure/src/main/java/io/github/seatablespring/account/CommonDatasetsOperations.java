package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Operations on common datasets: views published for other bases to sync; reached with
 * {@code account.commonDatasets()}.
 *
 * @see ReactiveCommonDatasetsOperations
 */
public interface CommonDatasetsOperations {

	/** Publishes a view as a common dataset ({@code publishCommonDataset}). */
	Map<String, @Nullable Object> publish(String datasetName, long workspaceId, String baseName, String tableName,
			String viewName);

	/** The common datasets a base may use ({@code listCommonDataset}). */
	List<Map<String, @Nullable Object>> list(String baseUuid, @Nullable Boolean byGroup);

	/**
	 * Imports a common dataset into a base as a new table ({@code importCommonDataset}).
	 */
	Map<String, @Nullable Object> importInto(long datasetId, String targetBaseUuid);

	/** What a common dataset holds ({@code getCommonDatasetInfo}). */
	Map<String, @Nullable Object> info(long datasetId);

	/** The rows and columns of a common dataset ({@code getCommonDataset}). */
	Map<String, @Nullable Object> get(long datasetId);

	/** Renames a common dataset ({@code renameCommonDataset}). */
	Map<String, @Nullable Object> rename(long datasetId, String name);

	/** Deletes a common dataset ({@code deleteCommonDataset}). */
	void delete(long datasetId);

	/**
	 * Turns the periodic sync of an imported dataset on or off
	 * ({@code updateCommonDatasetSync}).
	 */
	void updateSync(long datasetId, boolean periodically, String targetBaseUuid, String targetTableId);

	/** Syncs an imported dataset now ({@code syncCommonDataset}). */
	Map<String, @Nullable Object> sync(long datasetId, String targetBaseUuid, String targetTableId,
			@Nullable String targetViewId);

	/** The syncs of the datasets a base imported ({@code listSyncHistory}). */
	List<Map<String, @Nullable Object>> syncHistory(String baseUuid);

}

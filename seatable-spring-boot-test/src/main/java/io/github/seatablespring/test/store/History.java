package io.github.seatablespring.test.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.test.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * What happened in a base: row activities ({@code /activities/}), the operation log
 * ({@code /operations/}) and the big-data operations ({@code /db-operations/}), newest
 * first.
 */
public final class History {

	private final String baseUuid;

	private final Clock clock;

	private final List<Map<String, Object>> activities = new ArrayList<>();

	private final List<Map<String, Object>> operations = new ArrayList<>();

	private final List<Map<String, Object>> dbOperations = new ArrayList<>();

	private long nextId = 1;

	History(String baseUuid, Clock clock) {
		this.baseUuid = baseUuid;
		this.clock = clock;
	}

	synchronized void rowActivity(String opType, TableDef table, String rowId, @Nullable Object rowName,
			List<Map<String, Object>> rowData) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("table_id", table.id);
		detail.put("table_name", table.name);
		detail.put("row_name", (rowName != null) ? String.valueOf(rowName) : "");
		detail.put("row_name_option", "");
		detail.put("row_data", rowData);
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("id", this.nextId++);
		activity.put("dtable_uuid", this.baseUuid);
		activity.put("row_id", rowId);
		activity.put("op_user", BaseStore.CREATOR);
		activity.put("op_type", opType);
		activity.put("op_time", Times.utc(this.clock.instant()));
		activity.put("op_app", "");
		activity.put("row_count", 1);
		activity.put("detail", detail);
		this.activities.add(0, activity);
	}

	synchronized void operation(String opType, Map<String, Object> details) {
		Map<String, Object> operation = new LinkedHashMap<>(details);
		operation.put("op_type", opType);
		long id = this.nextId++;
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", id);
		entry.put("op_id", id);
		entry.put("dtable_uuid", this.baseUuid);
		entry.put("author", BaseStore.CREATOR);
		entry.put("app", "");
		entry.put("op_time", this.clock.millis());
		entry.put("operation", Json.write(operation));
		this.operations.add(0, entry);
	}

	synchronized void dbOperation(String opType, Map<String, Object> details) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("dtable_uuid", this.baseUuid);
		entry.put("id", this.nextId++);
		entry.put("op_time", this.clock.instant().getEpochSecond());
		entry.put("op_type", opType);
		entry.put("author", BaseStore.CREATOR);
		entry.put("operation", Json.write(details));
		this.dbOperations.add(0, entry);
	}

	/**
	 * A row's activities (all rows' for {@code null}), a page of them, and how many there
	 * are.
	 */
	public synchronized Page activities(@Nullable String rowId, int page, int perPage) {
		List<Map<String, Object>> matching = this.activities.stream()
			.filter((activity) -> rowId == null || rowId.equals(activity.get("row_id")))
			.toList();
		return new Page(page(matching, page, perPage), matching.size());
	}

	public synchronized List<Map<String, Object>> operations(int page, int perPage) {
		return page(this.operations, page, perPage);
	}

	public synchronized List<Map<String, Object>> dbOperations(int page, int perPage) {
		return page(this.dbOperations, page, perPage);
	}

	public synchronized boolean hasDbOperation(long id) {
		return this.dbOperations.stream().anyMatch((operation) -> operation.get("id").equals(id));
	}

	private static List<Map<String, Object>> page(List<Map<String, Object>> all, int page, int perPage) {
		int from = Math.max(0, (page - 1) * perPage);
		return List.copyOf(all.subList(Math.min(from, all.size()), Math.min(all.size(), from + perPage)));
	}

	synchronized void clear() {
		this.activities.clear();
		this.operations.clear();
		this.dbOperations.clear();
	}

	/**
	 * A page of entries.
	 *
	 * @param entries the entries of the page
	 * @param total how many entries there are in all
	 */
	public record Page(List<Map<String, Object>> entries, long total) {
	}

}

package io.github.seatablespring.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.BigDataOperation;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/** Big-data operations on the API gateway. */
final class DefaultReactiveBigDataOperations implements ReactiveBigDataOperations {

	private static final String ADD_ARCHIVED_ROWS = "/add-archived-rows/";

	private static final String ARCHIVE_VIEW = "/archive-view/";

	private static final String UNARCHIVE = "/unarchive/";

	private static final String DB_OPERATIONS = "/db-operations/";

	private static final String RESTORE_OPERATION = "/restore-operations/{op_id}/";

	private final BaseApiClient api;

	private final Responses responses;

	DefaultReactiveBigDataOperations(BaseApiClient api, Responses responses) {
		this.api = api;
		this.responses = responses;
	}

	@Override
	public Mono<BatchResult> appendRows(String table, List<? extends Map<String, ?>> rows) {
		Assert.hasText(table, "table must not be empty");
		Assert.notNull(rows, "rows must not be null");
		rows.forEach((row) -> {
			Assert.notNull(row, "every row must not be null");
			Assert.isTrue(!row.isEmpty(), "every row must name at least one column");
		});
		return Batches.run("Appending " + rows.size() + " rows to the big-data backend of '" + table + "'",
				List.copyOf(rows), ReactiveSeaTableTemplate.MAX_WRITE_BATCH, (chunk) -> append(table, chunk));
	}

	private Mono<BatchResult> append(String table, List<? extends Map<String, ?>> rows) {
		Map<String, Object> body = Map.of("table_name", table, "rows", rows);
		return this.api.exchange(HttpMethod.POST, ADD_ARCHIVED_ROWS, Map.of(), Map.of(), body)
			.map((answer) -> new BatchResult(answer.path("inserted_row_count").asInt(rows.size()), 1, List.of()));
	}

	@Override
	public Mono<Void> moveViewToBigData(String table, String view) {
		Assert.hasText(table, "table must not be empty");
		Assert.hasText(view, "view must not be empty");
		Map<String, Object> body = Map.of("table_name", table, "view_name", view);
		return this.api.exchange(HttpMethod.POST, ARCHIVE_VIEW, Map.of(), Map.of(), body).flatMap((answer) -> {
			JsonNode success = answer.path("success");
			if (success.isBoolean() && !success.booleanValue()) {
				String message = answer.path("error_message").asString("");
				return Mono.error(new SeaTableBadRequestException(
						"SeaTable did not move view '" + view + "' of '" + table + "' to the big-data backend", 200,
						message, "POST", ARCHIVE_VIEW, null));
			}
			return Mono.empty();
		});
	}

	@Override
	public Mono<String> moveRowsToNormalBackend(String tableId, Collection<String> rowIds) {
		Assert.hasText(tableId, "tableId must not be empty (the table's id, such as \"0000\")");
		List<String> ids = RowIds.requireAll(rowIds, "rowIds");
		Assert.isTrue(!ids.isEmpty(), "rowIds must name at least one row");
		Map<String, Object> body = Map.of("table_id", tableId, "row_ids", ids);
		return this.api.exchange(HttpMethod.POST, UNARCHIVE, Map.of(), Map.of(), body)
			.map((answer) -> answer.path("task_id").asString(""));
	}

	@Override
	public Mono<List<BigDataOperation>> getOperations(int page, int perPage) {
		Assert.isTrue(page >= 1, () -> "page must be 1 or more, was " + page);
		Assert.isTrue(perPage >= 1, () -> "perPage must be 1 or more, was " + perPage);
		return this.api.get(DB_OPERATIONS, Map.of(), Map.of("page", page, "per_page", perPage))
			.map(DefaultReactiveBigDataOperations::operations);
	}

	private static List<BigDataOperation> operations(JsonNode answer) {
		JsonNode operations = answer.path("operations");
		if (!operations.isArray()) {
			throw Responses.malformed("no 'operations' array", DB_OPERATIONS);
		}
		List<BigDataOperation> result = new ArrayList<>();
		for (JsonNode operation : operations) {
			result.add(new BigDataOperation(operation.path("id").asLong(0), text(operation.path("op_type")),
					text(operation.path("author")), time(operation.path("op_time")), text(operation.path("operation"))));
		}
		return result;
	}

	private static String text(JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		// the operation details usually come as JSON text, but keep them if they come as an object
		return value.isValueNode() ? value.asString() : value.toString();
	}

	private static @Nullable Instant time(JsonNode value) {
		return value.isNumber() ? Instant.ofEpochSecond(value.asLong()) : null;
	}

	@Override
	public Mono<Void> restoreOperation(long operationId) {
		Assert.isTrue(operationId >= 1, () -> "operationId must be 1 or more, was " + operationId);
		return this.api.exchange(HttpMethod.PUT, RESTORE_OPERATION, Map.of("op_id", operationId), Map.of(), null)
			.then();
	}

}

package io.github.seatablespring.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.http.AnswerReadException;
import io.github.seatablespring.http.AnswerReader;
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

	private final RowWriter writer;

	/**
	 * @param writer encodes and checks the rows appended, as for the normal backend
	 */
	DefaultReactiveBigDataOperations(BaseApiClient api, RowWriter writer) {
		this.api = api;
		this.writer = writer;
	}

	@Override
	public Mono<BatchResult> appendRows(String table, List<? extends Map<String, ?>> rows) {
		RowWriter.requireTable(table);
		Assert.notNull(rows, "rows must not be null");
		rows.forEach((row) -> RowWriter.requireValues(row, "every row"));
		String operation = "Appending " + rows.size() + " rows";
		return this.writer.appendAll(operation, operation + " to the big-data backend of '" + table + "'",
				ADD_ARCHIVED_ROWS, table, rows, (row) -> row, this::append);
	}

	/**
	 * {@code {"inserted_row_count": n}}, one per row sent (a masked count, such as
	 * {@code "int"}, is taken as that).
	 */
	private Mono<BatchResult> append(int rows, byte[] body) {
		return this.api.exchange(HttpMethod.POST, ADD_ARCHIVED_ROWS, Map.of(), Map.of(), body,
				AnswerReader.tree((answer) -> {
					JsonNode inserted = answer.path("inserted_row_count");
					if (inserted.isNumber() ? inserted.asInt() != rows : !inserted.isString()) {
						throw Responses.malformed("no inserted_row_count of " + rows + " for the rows sent");
					}
					return new BatchResult(rows, 1, List.of());
				}));
	}

	@Override
	public Mono<Void> moveViewToBigData(String table, String view) {
		Assert.hasText(table, "table must not be empty");
		Assert.hasText(view, "view must not be empty");
		Map<String, Object> body = Map.of("table_name", table, "view_name", view);
		return this.api
			.exchange(HttpMethod.POST, ARCHIVE_VIEW, Map.of(), Map.of(), body, AnswerReader.tree((answer) -> {
				JsonNode success = answer.path("success");
				if (success.isBoolean() && !success.booleanValue()) {
					throw AnswerReadException.refused(
							"SeaTable did not move view '" + view + "' of '" + table + "' to the big-data backend",
							answer.path("error_message").asString(""));
				}
				return answer;
			}))
			.then();
	}

	@Override
	public Mono<String> moveRowsToNormalBackend(String tableId, Collection<String> rowIds) {
		Assert.hasText(tableId, "tableId must not be empty (the table's id, such as \"0000\")");
		List<String> ids = RowIds.requireAll(rowIds, "rowIds");
		Assert.isTrue(!ids.isEmpty(), "rowIds must name at least one row");
		Map<String, Object> body = Map.of("table_id", tableId, "row_ids", ids);
		return this.api.exchange(HttpMethod.POST, UNARCHIVE, Map.of(), Map.of(), body,
				AnswerReader.tree((answer) -> answer.path("task_id").asString("")));
	}

	@Override
	public Mono<List<BigDataOperation>> getOperations(int page, int perPage) {
		Assert.isTrue(page >= 1, () -> "page must be 1 or more, was " + page);
		Assert.isTrue(perPage >= 1, () -> "perPage must be 1 or more, was " + perPage);
		return this.api.exchange(HttpMethod.GET, DB_OPERATIONS, Map.of(), Map.of("page", page, "per_page", perPage),
				null, AnswerReader.tree(DefaultReactiveBigDataOperations::operations));
	}

	private static List<BigDataOperation> operations(JsonNode answer) {
		JsonNode operations = answer.path("operations");
		if (!operations.isArray()) {
			throw Responses.malformed("no 'operations' array");
		}
		List<BigDataOperation> result = new ArrayList<>();
		for (JsonNode operation : operations) {
			result.add(new BigDataOperation(operation.path("id").asLong(0), JsonFields.textOrJson(operation, "op_type"),
					JsonFields.textOrJson(operation, "author"), time(operation.path("op_time")),
					JsonFields.textOrJson(operation, "operation")));
		}
		return result;
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

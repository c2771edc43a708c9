package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.seatablespring.http.AnswerReader;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.model.OperationLogEntry;
import io.github.seatablespring.model.RowActivities;
import io.github.seatablespring.model.RowActivity;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/** Activities operations on the API gateway. */
final class DefaultReactiveActivitiesOperations implements ReactiveActivitiesOperations {

	private static final String OPERATIONS = "/operations/";

	private static final String ACTIVITIES = "/activities/";

	private final BaseApiClient api;

	DefaultReactiveActivitiesOperations(BaseApiClient api) {
		this.api = api;
	}

	@Override
	public Flux<OperationLogEntry> operationLog() {
		return operationLogPage(null);
	}

	@Override
	public Flux<OperationLogEntry> operationLog(int page) {
		requirePage(page, "page");
		return operationLogPage(page);
	}

	private Flux<OperationLogEntry> operationLogPage(@Nullable Integer page) {
		Map<String, @Nullable Object> query = new LinkedHashMap<>();
		query.put("page", page);
		return this.api.exchange(HttpMethod.GET, OPERATIONS, Map.of(), query, null, AnswerReader.tree((body) -> {
			JsonNode operations = body.path("operations");
			if (!operations.isArray()) {
				throw Responses.malformed("no 'operations' array");
			}
			List<OperationLogEntry> result = new ArrayList<>(operations.size());
			operations.forEach((operation) -> result.add(operation(operation)));
			return result;
		})).flatMapIterable(Function.identity());
	}

	private OperationLogEntry operation(JsonNode operation) {
		if (!operation.isObject()) {
			throw Responses.malformed("an operation that is not a JSON object");
		}
		String logged = JsonFields.text(operation, "operation");
		return new OperationLogEntry(JsonFields.number(operation, "op_id"), JsonFields.text(operation, "author"),
				JsonFields.text(operation, "app"), JsonFields.epochMillis(operation, "op_time"), operationType(logged),
				logged);
	}

	/**
	 * The {@code op_type} of the logged operation, which SeaTable sends as JSON inside a
	 * string.
	 */
	private static String operationType(String logged) {
		if (!logged.startsWith("{")) {
			return "";
		}
		try {
			return JsonFields.text(JsonMapper.shared().readTree(logged), "op_type");
		}
		catch (JacksonException ex) {
			return "";
		}
	}

	@Override
	public Mono<RowActivities> rowActivities(String rowId) {
		RowIds.require(rowId);
		return rowActivitiesPage(rowId, null, null);
	}

	@Override
	public Mono<RowActivities> rowActivities(String rowId, int page, int perPage) {
		RowIds.require(rowId);
		requirePage(page, "page");
		requirePage(perPage, "perPage");
		return rowActivitiesPage(rowId, page, perPage);
	}

	private Mono<RowActivities> rowActivitiesPage(String rowId, @Nullable Integer page, @Nullable Integer perPage) {
		Map<String, @Nullable Object> query = new LinkedHashMap<>();
		query.put("row_id", rowId);
		query.put("page", page);
		query.put("per_page", perPage);
		return this.api.exchange(HttpMethod.GET, ACTIVITIES, Map.of(), query, null, AnswerReader.tree((body) -> {
			JsonNode activities = body.path("activities");
			if (!activities.isArray()) {
				throw Responses.malformed("no 'activities' array");
			}
			List<RowActivity> result = new ArrayList<>(activities.size());
			activities.forEach((activity) -> result.add(activity(activity)));
			// total_count counts every page; without it, this page is all there is
			long total = body.path("total_count").isNumber() ? body.path("total_count").longValue() : result.size();
			return new RowActivities(result, total);
		}));
	}

	private RowActivity activity(JsonNode activity) {
		if (!activity.isObject()) {
			throw Responses.malformed("an activity that is not a JSON object");
		}
		return new RowActivity(JsonFields.number(activity, "id"), JsonFields.text(activity, "row_id"),
				JsonFields.text(activity, "op_user"), JsonFields.text(activity, "op_type"),
				JsonFields.timestamp(activity, "op_time"), JsonFields.text(activity, "op_app"),
				JsonFields.object(activity.path("detail")));
	}

	private static void requirePage(int value, String name) {
		Assert.isTrue(value >= 1, () -> name + " must be at least 1, was " + value);
	}

}

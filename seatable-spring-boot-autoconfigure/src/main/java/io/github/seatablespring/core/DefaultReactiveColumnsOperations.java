package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.seatablespring.http.AnswerReader;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.SelectOption;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Columns operations on the API gateway's {@code /columns/},
 * {@code /batch-append-columns/}, {@code /column-options/} and
 * {@code /column-cascade-settings/} endpoints.
 */
final class DefaultReactiveColumnsOperations implements ReactiveColumnsOperations {

	private static final String COLUMNS = "/columns/";

	private static final String APPEND = "/batch-append-columns/";

	private static final String OPTIONS = "/column-options/";

	private static final String CASCADE = "/column-cascade-settings/";

	// the spec: batch-append-columns cannot create these, insert-column can
	private static final Set<String> NOT_APPENDABLE = Set.of("formula", "link", "link-formula");

	private final BaseApiClient api;

	private final MetadataCache metadataCache;

	DefaultReactiveColumnsOperations(BaseApiClient api, MetadataCache metadataCache) {
		this.api = api;
		this.metadataCache = metadataCache;
	}

	@Override
	public Flux<Column> list(String table) {
		return list(table, null);
	}

	@Override
	public Flux<Column> list(String table, @Nullable String view) {
		Assert.hasText(table, "table name must not be empty");
		Assert.isTrue(view == null || !view.isBlank(), "view name must not be empty");
		Map<String, @Nullable Object> query = new LinkedHashMap<>();
		query.put("table_name", table);
		query.put("view_name", view);
		return this.api
			.exchange(HttpMethod.GET, COLUMNS, Map.of(), query, null,
					AnswerReader.tree((answer) -> columns(answer, COLUMNS)))
			.flatMapIterable(Function.identity());
	}

	@Override
	public Mono<Column> insert(String table, ColumnDefinition column) {
		return insert(table, column, null);
	}

	@Override
	public Mono<Column> insert(String table, ColumnDefinition column, @Nullable String anchorColumn) {
		Assert.hasText(table, "table name must not be empty");
		Assert.notNull(column, "column must not be null");
		Assert.isTrue(anchorColumn == null || !anchorColumn.isBlank(), "anchor column must not be empty");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("table_name", table);
		body.putAll(DefaultReactiveTableOperations.definition(column));
		if (anchorColumn != null) {
			body.put("anchor_column", anchorColumn);
		}
		return changeSchema(HttpMethod.POST, COLUMNS, body).map((answer) -> column(answer, COLUMNS));
	}

	@Override
	public Mono<List<Column>> append(String table, List<ColumnDefinition> columns) {
		Assert.hasText(table, "table name must not be empty");
		Assert.notEmpty(columns, "columns must not be empty");
		columns
			.forEach((column) -> Assert.isTrue(!NOT_APPENDABLE.contains(column.type()), () -> "column '" + column.name()
					+ "' of type " + column.type() + " cannot be appended in a batch; insert it on its own"));
		List<Map<String, Object>> definitions = columns.stream()
			.map(DefaultReactiveTableOperations::definition)
			.toList();
		Map<String, Object> body = Map.of("table_name", table, "columns", definitions);
		return changeSchema(HttpMethod.POST, APPEND, body).map((answer) -> columns(answer, APPEND));
	}

	@Override
	public Mono<Column> rename(String table, String column, String newName) {
		Assert.hasText(newName, "new column name must not be empty");
		Assert.isTrue(newName.chars().noneMatch((c) -> c == '.' || c == '`' || c == '{' || c == '}'),
				() -> "column name '" + newName + "' must not contain '.', '`', '{' or '}'");
		return update(table, column, "rename_column", Map.of("new_column_name", newName));
	}

	@Override
	public Mono<Column> resize(String table, String column, int width) {
		Assert.isTrue(width > 0, () -> "column width must be positive, not " + width);
		return update(table, column, "resize_column", Map.of("new_column_width", width));
	}

	@Override
	public Mono<Column> freeze(String table, String column, boolean frozen) {
		return update(table, column, "freeze_column", Map.of("frozen", frozen));
	}

	@Override
	public Mono<Column> move(String table, String column, String targetColumn) {
		Assert.hasText(targetColumn, "target column must not be empty");
		return update(table, column, "move_column", Map.of("target_column", targetColumn));
	}

	@Override
	public Mono<Column> changeType(String table, String column, String newType) {
		return changeType(table, column, newType, Map.of());
	}

	@Override
	public Mono<Column> changeType(String table, String column, String newType, Map<String, ?> data) {
		Assert.hasText(newType, "new column type must not be empty");
		Assert.notNull(data, "column data must not be null");
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("new_column_type", newType);
		if (!data.isEmpty()) {
			change.put("column_data", data);
		}
		return update(table, column, "modify_column_type", change);
	}

	private Mono<Column> update(String table, String column, String operation, Map<String, Object> change) {
		checkColumn(table, column);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("op_type", operation);
		body.put("table_name", table);
		body.put("column", column);
		body.putAll(change);
		return changeSchema(HttpMethod.PUT, COLUMNS, body).map((answer) -> column(answer, COLUMNS));
	}

	@Override
	public Mono<Void> delete(String table, String column) {
		checkColumn(table, column);
		Map<String, Object> body = Map.of("table_name", table, "column", column);
		return changeSchema(HttpMethod.DELETE, COLUMNS, body).then();
	}

	@Override
	public Mono<Void> addSelectOptions(String table, String column, List<SelectOption> options) {
		checkColumn(table, column);
		Assert.notEmpty(options, "options must not be empty");
		options.forEach((option) -> Assert.isTrue(option.name() != null && !option.name().isBlank(),
				"a new select option needs a name"));
		Map<String, Object> body = Map.of("table_name", table, "column", column, "options", options(options));
		return changeSchema(HttpMethod.POST, OPTIONS, body).then();
	}

	@Override
	public Mono<List<SelectOption>> updateSelectOptions(String table, String column, List<SelectOption> options) {
		checkColumn(table, column);
		Assert.notEmpty(options, "options must not be empty");
		options.forEach((option) -> Assert.isTrue(option.id() != null && !option.id().isBlank(),
				() -> "select option " + option + " needs the id of the option to update"));
		Map<String, Object> body = Map.of("table_name", table, "column", column, "options", options(options),
				"return_options", true);
		return changeSchema(HttpMethod.PUT, OPTIONS, body).map((answer) -> {
			List<SelectOption> updated = new ArrayList<>();
			for (JsonNode option : answer.path("options")) {
				if (option.isObject()) {
					updated.add(new SelectOption(optional(option, "id"), optional(option, "name"),
							optional(option, "color"), optional(option, "textColor")));
				}
			}
			return updated;
		});
	}

	@Override
	public Mono<Void> deleteSelectOptions(String table, String column, List<String> optionNames) {
		checkColumn(table, column);
		Assert.notEmpty(optionNames, "option names must not be empty");
		Assert.noNullElements(optionNames, "option names must not contain null");
		Map<String, Object> body = Map.of("table_name", table, "column", column, "option_names",
				List.copyOf(optionNames));
		return changeSchema(HttpMethod.DELETE, OPTIONS, body).then();
	}

	@Override
	public Mono<Void> updateCascade(String table, String parentColumn, String childColumn,
			Map<String, List<String>> childOptions) {
		Assert.hasText(table, "table name must not be empty");
		Assert.hasText(parentColumn, "parent column must not be empty");
		Assert.hasText(childColumn, "child column must not be empty");
		Assert.notEmpty(childOptions, "cascade settings must not be empty");
		Map<String, Object> body = Map.of("table_name", table, "parent_column", parentColumn, "child_column",
				childColumn, "cascade_settings", new LinkedHashMap<>(childOptions));
		return changeSchema(HttpMethod.POST, CASCADE, body).then();
	}

	private static void checkColumn(String table, String column) {
		Assert.hasText(table, "table name must not be empty");
		Assert.hasText(column, "column must not be empty");
	}

	/** Options as the option endpoints take them: only the parts that are set. */
	private static List<Map<String, String>> options(List<SelectOption> options) {
		return options.stream().map((option) -> {
			Map<String, String> fields = new LinkedHashMap<>();
			putIfSet(fields, "id", option.id());
			putIfSet(fields, "name", option.name());
			putIfSet(fields, "color", option.color());
			putIfSet(fields, "textColor", option.textColor());
			return fields;
		}).toList();
	}

	private static void putIfSet(Map<String, String> fields, String field, @Nullable String value) {
		if (value != null) {
			fields.put(field, value);
		}
	}

	private static @Nullable String optional(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}

	private List<Column> columns(JsonNode answer, String path) {
		if (!answer.path("columns").isArray()) {
			throw Responses.malformed("no 'columns' array");
		}
		return Responses.columns(answer.path("columns"));
	}

	/** A single column, as the insert and update answers hold it. */
	private Column column(JsonNode answer, String path) {
		if (!answer.isObject()) {
			throw Responses.malformed("a column that is not a JSON object");
		}
		return Responses.columns(JsonNodeFactory.instance.arrayNode().add(answer)).get(0);
	}

	/**
	 * Sends a request that changes the schema; the rows written next are checked against
	 * fresh metadata.
	 */
	private Mono<JsonNode> changeSchema(HttpMethod method, String path, Map<String, ?> body) {
		return this.metadataCache.invalidatingAfter(this.api.exchange(method, path, Map.of(), Map.of(), body));
	}

}

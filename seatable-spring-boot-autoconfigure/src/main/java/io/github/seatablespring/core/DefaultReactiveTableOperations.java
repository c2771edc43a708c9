package io.github.seatablespring.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.seatablespring.http.AnswerReader;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.Table;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/** Table operations on the API gateway's {@code /tables/} endpoints. */
final class DefaultReactiveTableOperations implements ReactiveTableOperations {

	private static final String TABLES = "/tables/";

	private static final String DUPLICATE = "/tables/duplicate-table/";

	private final BaseApiClient api;

	private final MetadataCache metadataCache;

	DefaultReactiveTableOperations(BaseApiClient api, MetadataCache metadataCache) {
		this.api = api;
		this.metadataCache = metadataCache;
	}

	@Override
	public Mono<Table> create(String name, List<ColumnDefinition> columns) {
		Assert.hasText(name, "table name must not be empty");
		Assert.notEmpty(columns, "a table needs at least one column");
		List<Map<String, Object>> definitions = columns.stream()
			.map(DefaultReactiveTableOperations::definition)
			.toList();
		Map<String, Object> body = Map.of("table_name", name, "columns", definitions);
		return changeSchema(HttpMethod.POST, TABLES, body, Responses::table);
	}

	@Override
	public Mono<Void> rename(String name, String newName) {
		Assert.hasText(name, "table name must not be empty");
		Assert.hasText(newName, "new table name must not be empty");
		Map<String, Object> body = Map.of("table_name", name, "new_table_name", newName);
		return changeSchema(HttpMethod.PUT, TABLES, body, Function.identity()).then();
	}

	@Override
	public Mono<Void> delete(String name) {
		Assert.hasText(name, "table name must not be empty");
		return changeSchema(HttpMethod.DELETE, TABLES, Map.of("table_name", name), Function.identity()).then();
	}

	@Override
	public Mono<Table> duplicate(String name, boolean withRows) {
		Assert.hasText(name, "table name must not be empty");
		Map<String, Object> body = Map.of("table_name", name, "is_duplicate_records", withRows);
		return changeSchema(HttpMethod.POST, DUPLICATE, body, Responses::table);
	}

	/**
	 * Sends a request that changes the schema, its answer read with {@code read}; the
	 * rows written next are checked against fresh metadata.
	 */
	private <T> Mono<T> changeSchema(HttpMethod method, String path, Map<String, ?> body, Function<JsonNode, T> read) {
		return this.metadataCache
			.invalidatingAfter(this.api.exchange(method, path, Map.of(), Map.of(), body, AnswerReader.tree(read)));
	}

	/**
	 * A column definition as the create-table, insert-column and append-columns bodies
	 * take it.
	 */
	static Map<String, Object> definition(ColumnDefinition column) {
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("column_name", column.name());
		definition.put("column_type", column.type());
		if (!column.data().isEmpty()) {
			definition.put("column_data", column.data());
		}
		return definition;
	}

}

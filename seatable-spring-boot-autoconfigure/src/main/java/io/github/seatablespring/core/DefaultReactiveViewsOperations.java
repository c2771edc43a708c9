package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.seatablespring.http.AnswerReader;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.model.ViewDetails;
import io.github.seatablespring.model.ViewUpdate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Views operations on the API gateway's {@code /views/} endpoints; the table is a query
 * parameter.
 */
final class DefaultReactiveViewsOperations implements ReactiveViewsOperations {

	private static final String VIEWS = "/views/";

	private static final String VIEW = "/views/{view_name}/";

	private static final Set<String> TYPES = Set.of("table", "archive");

	private final BaseApiClient api;

	DefaultReactiveViewsOperations(BaseApiClient api) {
		this.api = api;
	}

	@Override
	public Flux<ViewDetails> list(String table) {
		Assert.hasText(table, "table name must not be empty");
		return this.api.exchange(HttpMethod.GET, VIEWS, Map.of(), Map.of("table_name", table), null,
				AnswerReader.tree((answer) -> {
					if (!answer.path("views").isArray()) {
						throw Responses.malformed("no 'views' array");
					}
					List<ViewDetails> views = new ArrayList<>();
					answer.path("views").forEach((view) -> views.add(view(view, VIEWS)));
					return views;
				}))
			.flatMapIterable(Function.identity());
	}

	@Override
	public Mono<ViewDetails> get(String table, String view) {
		checkNames(table, view);
		return this.api.exchange(HttpMethod.GET, VIEW, Map.of("view_name", view), Map.of("table_name", table), null,
				AnswerReader.tree((answer) -> view(answer, VIEW)));
	}

	@Override
	public Mono<ViewDetails> create(String table, String name) {
		return create(table, name, Map.of("name", name, "type", "table"));
	}

	@Override
	public Mono<ViewDetails> create(String table, String name, String type, boolean locked) {
		Assert.isTrue(TYPES.contains(type), () -> "view type must be 'table' or 'archive', not '" + type + "'");
		return create(table, name, Map.of("name", name, "type", type, "is_locked", locked));
	}

	private Mono<ViewDetails> create(String table, String name, Map<String, Object> body) {
		checkNames(table, name);
		return this.api.exchange(HttpMethod.POST, VIEWS, Map.of(), Map.of("table_name", table), body,
				AnswerReader.tree((answer) -> view(answer, VIEWS)));
	}

	@Override
	public Mono<ViewDetails> update(String table, String view, ViewUpdate update) {
		checkNames(table, view);
		Assert.notNull(update, "update must not be null");
		Assert.isTrue(!update.isEmpty(), "the view update changes nothing");
		return this.api
			.exchange(HttpMethod.PUT, VIEW, Map.of("view_name", view), Map.of("table_name", table),
					new LinkedHashMap<>(update.body()))
			.map((answer) -> view(answer, VIEW));
	}

	@Override
	public Mono<Void> delete(String table, String view) {
		checkNames(table, view);
		return this.api.exchange(HttpMethod.DELETE, VIEW, Map.of("view_name", view), Map.of("table_name", table), null)
			.then();
	}

	private static void checkNames(String table, String view) {
		Assert.hasText(table, "table name must not be empty");
		Assert.hasText(view, "view name must not be empty");
	}

	private ViewDetails view(JsonNode view, String path) {
		if (!view.isObject()) {
			throw Responses.malformed("a view that is not a JSON object");
		}
		return new ViewDetails(JsonFields.text(view, "_id"), JsonFields.text(view, "name"),
				JsonFields.text(view, "type"), view.path("is_locked").asBoolean(false),
				JsonFields.text(view, "filter_conjunction"), JsonFields.objects(view.path("filters")),
				JsonFields.objects(view.path("sorts")), JsonFields.objects(view.path("groupbys")),
				JsonFields.strings(view.path("hidden_columns")));
	}

}

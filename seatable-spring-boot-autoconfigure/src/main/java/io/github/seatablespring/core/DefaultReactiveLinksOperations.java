package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.http.AnswerReader;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.model.ColumnMatch;
import io.github.seatablespring.model.Link;
import io.github.seatablespring.model.LinkValue;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Links operations on the API gateway's {@code /links/}, {@code /query-links/} and
 * auto-link endpoints.
 */
final class DefaultReactiveLinksOperations implements ReactiveLinksOperations {

	private static final String LINKS = "/links/";

	private static final String QUERY_LINKS = "/query-links/";

	private static final String AUTO_LINKS = "/auto-links/";

	private static final String AUTO_LINK_TASK = "/auto-link-task/";

	private final BaseApiClient api;

	DefaultReactiveLinksOperations(BaseApiClient api) {
		this.api = api;
	}

	@Override
	public Mono<Void> createLinks(Link link, Map<String, ? extends Collection<String>> otherRowIdsByRowId) {
		return send(HttpMethod.POST, link, otherRowIdsByRowId);
	}

	@Override
	public Mono<Void> createLink(Link link, String rowId, String otherRowId) {
		return createLinks(link, Map.of(rowId, List.of(otherRowId)));
	}

	@Override
	public Mono<Void> updateLinks(Link link, Map<String, ? extends Collection<String>> otherRowIdsByRowId) {
		return send(HttpMethod.PUT, link, otherRowIdsByRowId);
	}

	@Override
	public Mono<Void> deleteLinks(Link link, Map<String, ? extends Collection<String>> otherRowIdsByRowId) {
		// the answer's deleted_links_count also counts pairs that were not linked, so it
		// is not passed on
		return send(HttpMethod.DELETE, link, otherRowIdsByRowId);
	}

	@Override
	public Mono<Void> deleteLink(Link link, String rowId, String otherRowId) {
		return deleteLinks(link, Map.of(rowId, List.of(otherRowId)));
	}

	private Mono<Void> send(HttpMethod method, Link link,
			Map<String, ? extends Collection<String>> otherRowIdsByRowId) {
		Assert.notNull(link, "link must not be null");
		Assert.notNull(otherRowIdsByRowId, "otherRowIdsByRowId must not be null");
		Assert.isTrue(!otherRowIdsByRowId.isEmpty(), "otherRowIdsByRowId must name at least one row");
		Map<String, List<String>> map = new LinkedHashMap<>();
		otherRowIdsByRowId.forEach((rowId, otherRowIds) -> {
			RowIds.require(rowId);
			map.put(rowId, RowIds.requireAll(otherRowIds, "the linked row ids of row " + rowId));
		});
		Map<String, Object> body = Map.of("table_id", link.tableId(), "other_table_id", link.otherTableId(), "link_id",
				link.linkId(), "other_rows_ids_map", map);
		return this.api.exchange(method, LINKS, Map.of(), Map.of(), body).then();
	}

	@Override
	public Mono<Map<String, List<LinkValue>>> listLinkedRows(String table, String linkColumn, Collection<String> rowIds,
			int offset, int limit) {
		requireLinkColumn(table, linkColumn);
		List<String> ids = RowIds.requireAll(rowIds, "rowIds");
		Assert.isTrue(!ids.isEmpty(), "rowIds must name at least one row");
		Assert.isTrue(offset >= 0, () -> "offset must not be negative, was " + offset);
		Assert.isTrue(limit > 0, () -> "limit must be positive, was " + limit);
		return queryLinks(table, linkColumn, ids, offset, limit);
	}

	@Override
	public Flux<LinkValue> streamLinkedRows(String table, String linkColumn, String rowId) {
		return streamLinkedRows(table, linkColumn, rowId, LINKED_ROWS_PAGE_SIZE);
	}

	@Override
	public Flux<LinkValue> streamLinkedRows(String table, String linkColumn, String rowId, int pageSize) {
		requireLinkColumn(table, linkColumn);
		RowIds.require(rowId);
		Assert.isTrue(pageSize > 0, () -> "pageSize must be positive, was " + pageSize);
		return Pager
			.pages(0, (offset) -> linkPage(table, linkColumn, rowId, (int) offset, pageSize),
					(offset, links) -> Pager.nextIfFull(offset, links.size(), pageSize))
			// one page at a time: the next request goes out only when the subscriber
			// wants more links
			.flatMapIterable((links) -> links, 1);
	}

	private Mono<List<LinkValue>> linkPage(String table, String linkColumn, String rowId, int offset, int limit) {
		return queryLinks(table, linkColumn, List.of(rowId), offset, limit)
			.map((links) -> links.getOrDefault(rowId, List.of()));
	}

	private Mono<Map<String, List<LinkValue>>> queryLinks(String table, String linkColumn, List<String> rowIds,
			int offset, int limit) {
		List<Map<String, Object>> rows = rowIds.stream()
			.map((rowId) -> Map.<String, Object>of("row_id", rowId, "offset", offset, "limit", limit))
			.toList();
		Map<String, Object> body = Map.of("table_name", table, "link_column_name", linkColumn, "rows", rows);
		return this.api.exchange(HttpMethod.POST, QUERY_LINKS, Map.of(), Map.of(), body,
				AnswerReader.tree((answer) -> linkedRows(answer, rowIds)));
	}

	private Map<String, List<LinkValue>> linkedRows(JsonNode answer, List<String> rowIds) {
		if (!answer.isObject()) {
			throw Responses.malformed("no object of linked rows");
		}
		Map<String, List<LinkValue>> result = new LinkedHashMap<>();
		for (String rowId : rowIds) {
			List<LinkValue> links = new ArrayList<>();
			for (JsonNode link : answer.path(rowId)) {
				JsonNode id = link.path("row_id");
				if (id.isString()) {
					links.add(new LinkValue(id.asString(), JsonFields.value(link.path("display_value"))));
				}
			}
			result.put(rowId, List.copyOf(links));
		}
		return result;
	}

	@Override
	public Mono<String> autoLink(String linkId, List<ColumnMatch> matches) {
		Assert.hasText(linkId, "linkId must not be empty (the link_id in the link column's data, not its key)");
		Assert.notEmpty(matches, "matches must name at least one pair of columns");
		List<Map<String, String>> keys = matches.stream()
			.map((match) -> Map.of("table1_key", match.tableColumnKey(), "table2_key", match.otherTableColumnKey()))
			.toList();
		Map<String, Object> body = Map.of("link_id", linkId, "matching_keys", keys);
		return this.api.exchange(HttpMethod.POST, AUTO_LINKS, Map.of(), Map.of(), body,
				AnswerReader.tree((answer) -> requiredText(answer, "task_id", AUTO_LINKS)));
	}

	@Override
	public Mono<String> autoLinkTaskStatus(String taskId) {
		Assert.hasText(taskId, "taskId must not be empty (the id autoLink returned)");
		// the spec defines the task id as the JSON body of this GET; proxies may drop GET
		// bodies, so it
		// also goes in the query
		String body = JsonMapper.shared().writeValueAsString(taskId);
		return this.api.exchange(HttpMethod.GET, AUTO_LINK_TASK, Map.of(), Map.of("task_id", taskId), body,
				AnswerReader.tree((answer) -> requiredText(answer, "status", AUTO_LINK_TASK)));
	}

	private static String requiredText(JsonNode answer, String field, String path) {
		JsonNode value = answer.path(field);
		if (!value.isString()) {
			throw Responses.malformed("no '" + field + "'");
		}
		return value.asString();
	}

	private static void requireLinkColumn(String table, String linkColumn) {
		Assert.hasText(table, "table must not be empty");
		Assert.hasText(linkColumn, "linkColumn must not be empty (the name of the link column)");
	}

}

package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.seatablespring.http.AnswerReader;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.model.Comment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/** Comments operations on the API gateway, and the comment counts of dtable-web. */
final class DefaultReactiveCommentsOperations implements ReactiveCommentsOperations {

	private static final String COMMENTS = "/comments/";

	private static final String COMMENT = "/comments/{comment_id}/";

	private static final String COUNT = "/comments-count/";

	private static final String WITHIN_DAYS = "/comments-within-days/";

	/** Not on the API gateway: dtable-web serves it, still with the base token. */
	private static final String ROWS_COMMENTS_NUM = "/api/v2.1/dtables/{base_uuid}/rows-comments-num/";

	private final BaseApiClient api;

	DefaultReactiveCommentsOperations(BaseApiClient api) {
		this.api = api;
	}

	@Override
	public Flux<Comment> list(String rowId) {
		RowIds.require(rowId);
		return this.api.get(COMMENTS, Map.of(), Map.of("row_id", rowId))
			// the answer is a bare array; an object holding "comments" is read as well
			.flatMapIterable((body) -> comments(body.isArray() ? body : body.path("comments"), COMMENTS));
	}

	@Override
	public Mono<Comment> get(long commentId) {
		requireId(commentId);
		return this.api.exchange(HttpMethod.GET, COMMENT, Map.of("comment_id", commentId), Map.of(), null,
				AnswerReader.tree((body) -> comment(body, COMMENT)));
	}

	@Override
	public Mono<Void> delete(long commentId) {
		requireId(commentId);
		return this.api.exchange(HttpMethod.DELETE, COMMENT, Map.of("comment_id", commentId), Map.of(), null).then();
	}

	@Override
	public Mono<Long> count(String rowId) {
		RowIds.require(rowId);
		return this.api.exchange(HttpMethod.GET, COUNT, Map.of(), Map.of("row_id", rowId), null,
				AnswerReader.tree((body) -> {
					if (!body.path("count").isNumber()) {
						throw Responses.malformed("no 'count' number");
					}
					return body.path("count").longValue();
				}));
	}

	@Override
	public Flux<Comment> listWithinDays(int days) {
		Assert.isTrue(days >= 1, () -> "days must be at least 1, was " + days);
		return this.api
			.exchange(HttpMethod.GET, WITHIN_DAYS, Map.of(), Map.of("days", days), null,
					AnswerReader.tree((body) -> comments(body.path("comments"), WITHIN_DAYS)))
			.flatMapIterable(Function.identity());
	}

	@Override
	public Mono<Map<String, Long>> countByRow() {
		return this.api.exchangeOutsideGateway(HttpMethod.GET, ROWS_COMMENTS_NUM, Map.of(), Map.of(), null)
			.map((body) -> {
				JsonNode counts = body.path("rows_comments_num");
				if (!counts.isObject()) {
					throw Responses.malformed("no 'rows_comments_num' object");
				}
				Map<String, Long> result = new LinkedHashMap<>();
				counts.properties().forEach((entry) -> result.put(entry.getKey(), entry.getValue().asLong(0)));
				return result;
			});
	}

	private List<Comment> comments(JsonNode comments, String path) {
		if (!comments.isArray()) {
			throw Responses.malformed("no array of comments");
		}
		List<Comment> result = new ArrayList<>(comments.size());
		comments.forEach((comment) -> result.add(comment(comment, path)));
		return result;
	}

	private Comment comment(JsonNode comment, String path) {
		if (!comment.isObject()) {
			throw Responses.malformed("a comment that is not a JSON object");
		}
		return new Comment(JsonFields.number(comment, "id"), JsonFields.text(comment, "author"),
				JsonFields.text(comment, "comment"), JsonFields.text(comment, "dtable_uuid"),
				JsonFields.text(comment, "row_id"), JsonFields.timestamp(comment, "created_at"),
				JsonFields.timestamp(comment, "updated_at"), JsonFields.flag(comment, "resolved"));
	}

	/** Rejects anything but a 22-character row id before a request is sent. */
	private static void requireId(long commentId) {
		Assert.isTrue(commentId >= 1, () -> "comment id must be at least 1, was " + commentId);
	}

}

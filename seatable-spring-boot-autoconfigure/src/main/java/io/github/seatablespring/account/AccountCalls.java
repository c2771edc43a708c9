package io.github.seatablespring.account;

import java.util.Map;
import java.util.function.Function;

import io.github.seatablespring.account.http.AccountApiClient;
import io.github.seatablespring.account.http.AccountApiClient.Body;
import io.github.seatablespring.http.AnswerReader;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;

/** The request shapes the account areas use, on top of {@link AccountApiClient}. */
final class AccountCalls {

	private static final AnswerReader<JsonNode> ANY_JSON = AnswerReader.tree(Function.identity());

	private final AccountApiClient api;

	AccountCalls(AccountApiClient api) {
		this.api = api;
	}

	/**
	 * A {@code GET} whose answer {@code read} reads (see {@link AccountResponses}); what
	 * it finds wrong gets the answer's method, path and status.
	 */
	<T> Mono<T> get(String path, Map<String, ?> pathVariables, Map<String, ?> query, Function<JsonNode, T> read) {
		return this.api.exchange(HttpMethod.GET, path, pathVariables, query, Body.none(), AnswerReader.tree(read));
	}

	/** A request with a body, whose answer {@code read} reads. */
	<T> Mono<T> send(HttpMethod method, String path, Map<String, ?> pathVariables, Body body,
			Function<JsonNode, T> read) {
		return this.api.exchange(method, path, pathVariables, Map.of(), body, AnswerReader.tree(read));
	}

	/** A request whose answer tells nothing beyond success; it must still be JSON. */
	Mono<Void> run(HttpMethod method, String path, Map<String, ?> pathVariables, Map<String, ?> query, Body body) {
		return this.api.exchange(method, path, pathVariables, query, body, ANY_JSON).then();
	}

	Mono<Void> delete(String path, Map<String, ?> pathVariables) {
		return run(HttpMethod.DELETE, path, pathVariables, Map.of(), Body.none());
	}

	Flux<DataBuffer> download(String path, Map<String, ?> pathVariables, Map<String, ?> query) {
		return this.api.download(path, pathVariables, query);
	}

}

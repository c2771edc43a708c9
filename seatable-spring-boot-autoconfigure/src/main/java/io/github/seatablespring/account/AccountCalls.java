package io.github.seatablespring.account;

import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient;
import io.github.seatablespring.account.http.AccountApiClient.Body;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;

/** The request shapes the account areas use, on top of {@link AccountApiClient}. */
final class AccountCalls {

	private final AccountApiClient api;

	AccountCalls(AccountApiClient api) {
		this.api = api;
	}

	Mono<JsonNode> get(String path, Map<String, ?> pathVariables, Map<String, ?> query) {
		return this.api.exchange(HttpMethod.GET, path, pathVariables, query, Body.none());
	}

	Mono<JsonNode> send(HttpMethod method, String path, Map<String, ?> pathVariables, Body body) {
		return this.api.exchange(method, path, pathVariables, Map.of(), body);
	}

	/** A request whose answer tells nothing beyond success. */
	Mono<Void> run(HttpMethod method, String path, Map<String, ?> pathVariables, Map<String, ?> query, Body body) {
		return this.api.exchange(method, path, pathVariables, query, body).then();
	}

	Mono<Void> delete(String path, Map<String, ?> pathVariables) {
		return run(HttpMethod.DELETE, path, pathVariables, Map.of(), Body.none());
	}

	Flux<DataBuffer> download(String path, Map<String, ?> pathVariables, Map<String, ?> query) {
		return this.api.download(path, pathVariables, query);
	}

}

package io.github.seatablespring.http;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClient.RequestBodySpec;

/**
 * Sends requests to one base's API gateway,
 * {@code {server}/api-gateway/api/v2/dtables/{base_uuid}}, and returns the JSON answer.
 * The base UUID comes from the cached base token; authentication, quota, retries and
 * time-outs are the filters of the {@link WebClient} it is given. The few base operations
 * outside the gateway go through {@link #exchangeOutsideGateway}.
 */
public final class BaseApiClient {

	/**
	 * Prefix of every base-operation path; {@code {base_uuid}} is the base's
	 * {@code dtable_uuid}.
	 */
	public static final String GATEWAY_PATH = "/api-gateway/api/v2/dtables/{base_uuid}";

	/**
	 * Reads answers as trees, for the operations that do not read them straight into
	 * their result.
	 */
	private static final AnswerReader<JsonNode> TREE = AnswerReader.tree(Function.identity());

	private final WebClient webClient;

	private final String server;

	private final Supplier<Mono<String>> baseUuid;

	/**
	 * The base's UUID once a token told it: an API token belongs to one base for good, so
	 * later requests need not ask the token for it.
	 */
	private volatile @Nullable String knownBaseUuid;

	/**
	 * @param webClient a client with the base's filters
	 * @param server the SeaTable server the requests go to
	 * @param baseUuid the base's UUID, usually from its cached base token
	 */
	public BaseApiClient(WebClient webClient, URI server, Supplier<Mono<String>> baseUuid) {
		this.webClient = webClient;
		this.server = RequestUris.prefix(server);
		this.baseUuid = baseUuid;
	}

	/**
	 * Sends a request to a base-operation path.
	 * @param method the HTTP method
	 * @param path the path below the gateway prefix, for example {@code /rows/{row_id}/}
	 * @param pathVariables values for the path's {@code {variables}}, encoded as needed
	 * @param query query parameters; {@code null} values are left out
	 * @param body the JSON body, or {@code null} for none
	 * @return the response body, or a missing node for an empty body
	 */
	public Mono<JsonNode> exchange(HttpMethod method, String path, Map<String, ?> pathVariables, Map<String, ?> query,
			@Nullable Object body) {
		return send(method, GATEWAY_PATH + path, pathVariables, query, jsonBody(body), TREE);
	}

	/**
	 * Sends a request to a base-operation path and reads the answer with {@code reader},
	 * straight from the response's bytes.
	 * @param method the HTTP method
	 * @param path the path below the gateway prefix
	 * @param pathVariables values for the path's {@code {variables}}
	 * @param query query parameters; {@code null} values are left out
	 * @param body the JSON body, or {@code null} for none
	 * @param reader reads the body of a successful answer
	 * @return what {@code reader} read
	 */
	public <T> Mono<T> exchange(HttpMethod method, String path, Map<String, ?> pathVariables, Map<String, ?> query,
			@Nullable Object body, AnswerReader<T> reader) {
		return send(method, GATEWAY_PATH + path, pathVariables, query, jsonBody(body), reader);
	}

	/**
	 * Sends a request to a base operation that lives outside the API gateway, such as
	 * {@code /api/v2.1/dtables/{base_uuid}/rows-comments-num/}. It is authenticated with
	 * the base token, quota-counted and retried like every other base operation.
	 * @param method the HTTP method
	 * @param serverPath the path from the server's root; {@code {base_uuid}} is filled in
	 * @param pathVariables values for the path's other {@code {variables}}
	 * @param query query parameters; {@code null} values are left out
	 * @param body the JSON body, or {@code null} for none
	 * @param reader reads the body of a successful answer
	 * @return what {@code reader} read
	 */
	public <T> Mono<T> exchangeOutsideGateway(HttpMethod method, String serverPath, Map<String, ?> pathVariables,
			Map<String, ?> query, @Nullable Object body, AnswerReader<T> reader) {
		return send(method, serverPath, pathVariables, query, jsonBody(body), reader);
	}

	/**
	 * Sends a base-operation request with an {@code application/x-www-form-urlencoded}
	 * body, for the endpoints that read form fields rather than JSON.
	 * @param method the HTTP method
	 * @param path the path below the gateway prefix
	 * @param pathVariables values for the path's {@code {variables}}
	 * @param form the form fields
	 * @param reader reads the body of a successful answer
	 * @return what {@code reader} read
	 */
	public <T> Mono<T> exchangeForm(HttpMethod method, String path, Map<String, ?> pathVariables,
			MultiValueMap<String, String> form, AnswerReader<T> reader) {
		return send(method, GATEWAY_PATH + path, pathVariables, Map.of(),
				(request) -> request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.body(BodyInserters.fromFormData(form)),
				reader);
	}

	private <T> Mono<T> send(HttpMethod method, String serverPath, Map<String, ?> pathVariables, Map<String, ?> query,
			Consumer<RequestBodySpec> body, AnswerReader<T> reader) {
		String known = this.knownBaseUuid;
		if (known != null) {
			// the request is built when it is sent, so the Mono may be subscribed again
			return send(known, method, serverPath, pathVariables, query, body, reader);
		}
		return this.baseUuid.get().flatMap((baseUuid) -> {
			this.knownBaseUuid = baseUuid;
			return send(baseUuid, method, serverPath, pathVariables, query, body, reader);
		});
	}

	private <T> Mono<T> send(String baseUuid, HttpMethod method, String serverPath, Map<String, ?> pathVariables,
			Map<String, ?> query, Consumer<RequestBodySpec> body, AnswerReader<T> reader) {
		Map<String, Object> variables;
		if (pathVariables.isEmpty()) {
			variables = Map.of("base_uuid", baseUuid);
		}
		else {
			variables = new HashMap<>(pathVariables);
			variables.put("base_uuid", baseUuid);
		}
		RequestBodySpec request = this.webClient.method(method)
			.uri(RequestUris.expand(this.server, serverPath, variables, query))
			// the observation's uri tag: /api-gateway/api/v2/dtables/{base_uuid}/rows/
			.attribute(RequestUris.TEMPLATE_ATTRIBUTE, this.server + serverPath)
			.accept(MediaType.APPLICATION_JSON);
		body.accept(request);
		return request.exchangeToMono((response) -> AnswerReading.read(response, reader));
	}

	private static Consumer<RequestBodySpec> jsonBody(@Nullable Object body) {
		return (request) -> {
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
			}
		};
	}

}

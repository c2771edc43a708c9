package io.github.seatablespring.http;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.github.seatablespring.auth.BaseTokenProvider;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClient.RequestBodySpec;
import org.springframework.web.util.UriBuilder;

/**
 * Sends requests to one base's API gateway, {@code {server}/api-gateway/api/v2/dtables/{base_uuid}},
 * and returns the JSON answer. The base UUID comes from the cached base token; authentication,
 * quota, retries and time-outs are the filters of the {@link WebClient} it is given. The few base
 * operations outside the gateway go through {@link #exchangeOutsideGateway}.
 */
public final class BaseApiClient {

	/** Prefix of every base-operation path; {@code {base_uuid}} is the base's {@code dtable_uuid}. */
	public static final String GATEWAY_PATH = "/api-gateway/api/v2/dtables/{base_uuid}";

	private final WebClient webClient;

	private final BaseTokenProvider tokens;

	/**
	 * @param webClient a client whose base URL is the SeaTable server, with the base's filters
	 * @param tokens the base's token provider, to learn the base UUID
	 */
	public BaseApiClient(WebClient webClient, BaseTokenProvider tokens) {
		this.webClient = webClient;
		this.tokens = tokens;
	}

	/** {@code GET} a base-operation path such as {@code /rows/}. */
	public Mono<JsonNode> get(String path, Map<String, ?> pathVariables, Map<String, ?> query) {
		return exchange(HttpMethod.GET, path, pathVariables, query, null);
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
		return send(method, GATEWAY_PATH + path, pathVariables, query, jsonBody(body));
	}

	/**
	 * Sends a request to a base operation that lives outside the API gateway, such as
	 * {@code /api/v2.1/dtables/{base_uuid}/rows-comments-num/}. It is authenticated with the
	 * base token, quota-counted and retried like every other base operation.
	 * @param method the HTTP method
	 * @param serverPath the path from the server's root; {@code {base_uuid}} is filled in
	 * @param pathVariables values for the path's other {@code {variables}}
	 * @param query query parameters; {@code null} values are left out
	 * @param body the JSON body, or {@code null} for none
	 * @return the response body, or a missing node for an empty body
	 */
	public Mono<JsonNode> exchangeOutsideGateway(HttpMethod method, String serverPath, Map<String, ?> pathVariables,
			Map<String, ?> query, @Nullable Object body) {
		return send(method, serverPath, pathVariables, query, jsonBody(body));
	}

	/**
	 * Sends a base-operation request with an {@code application/x-www-form-urlencoded} body, for
	 * the endpoints that read form fields rather than JSON.
	 * @param method the HTTP method
	 * @param path the path below the gateway prefix
	 * @param pathVariables values for the path's {@code {variables}}
	 * @param form the form fields
	 * @return the response body, or a missing node for an empty body
	 */
	public Mono<JsonNode> exchangeForm(HttpMethod method, String path, Map<String, ?> pathVariables,
			MultiValueMap<String, String> form) {
		return send(method, GATEWAY_PATH + path, pathVariables, Map.of(),
				(request) -> request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.body(BodyInserters.fromFormData(form)));
	}

	private Mono<JsonNode> send(HttpMethod method, String serverPath, Map<String, ?> pathVariables,
			Map<String, ?> query, Consumer<RequestBodySpec> body) {
		return this.tokens.getToken().flatMap((token) -> {
			Map<String, Object> variables = new HashMap<>(pathVariables);
			variables.put("base_uuid", token.baseUuid());
			RequestBodySpec request = this.webClient.method(method)
				// the path template becomes the observation's uri tag: /api-gateway/api/v2/dtables/{base_uuid}/rows/
				// the builder starts from the template, so only the query is added
				.uri(serverPath, (builder) -> buildUri(builder, "", variables, query))
				.accept(MediaType.APPLICATION_JSON);
			body.accept(request);
			return request.exchangeToMono(BaseApiClient::read);
		});
	}

	private static Consumer<RequestBodySpec> jsonBody(@Nullable Object body) {
		return (request) -> {
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
			}
		};
	}

	/**
	 * Builds a request URI from a path with {@code {variables}} and query parameters, encoding
	 * every value; {@code null} query values are left out.
	 * @param variables the path's variables; the query values are added to it
	 */
	public static java.net.URI buildUri(UriBuilder builder, String serverPath, Map<String, Object> variables,
			Map<String, ?> query) {
		builder.path(serverPath);
		query.forEach((name, value) -> {
			if (value != null) {
				String variable = "query_" + name;
				builder.queryParam(name, "{" + variable + "}");
				variables.put(variable, value);
			}
		});
		return builder.build(variables);
	}

	/** Reads a JSON answer; an error status becomes the matching {@code SeaTableException}. */
	public static Mono<JsonNode> read(ClientResponse response) {
		if (!response.statusCode().is2xxSuccessful()) {
			return SeaTableErrors.fromResponse(response).flatMap(Mono::error);
		}
		return response.bodyToMono(JsonNode.class)
			.defaultIfEmpty(MissingNode.getInstance())
			.onErrorMap((ex) -> SeaTableErrors.unreadable(response, ex));
	}

}

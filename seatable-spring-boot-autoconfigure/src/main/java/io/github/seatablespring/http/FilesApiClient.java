package io.github.seatablespring.http;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeoutException;

import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableRequestDetails;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends a base's file operations: {@code {server}/api/v2.1/dtable/...} requests
 * authenticated with the API token, and uploads to the upload link SeaTable hands out.
 *
 * <p>
 * Two clients, so that credentials cannot mix: the API client carries an
 * {@link ApiTokenFilter} (which adds the token only to the server's
 * {@code /api/v2.1/dtable/} paths); the upload client has no authentication at all,
 * because the upload link is itself the credential, and may point to another host
 * (SeaTable's file server).
 */
public final class FilesApiClient {

	/** Shown in place of the upload link's id, which is a short-lived credential. */
	public static final String REDACTED_UPLOAD_PATH = "/seafhttp/upload-api/{upload_link}";

	private final URI server;

	private final WebClient apiClient;

	private final WebClient uploadClient;

	/**
	 * @param server the SeaTable server
	 * @param apiClient a client whose base URL is the server, with the API-token filter
	 * @param uploadClient a client without any authentication, for the upload links
	 */
	public FilesApiClient(URI server, WebClient apiClient, WebClient uploadClient) {
		this.server = server;
		this.apiClient = apiClient;
		this.uploadClient = uploadClient;
	}

	/** The SeaTable server, to build the URL of an uploaded asset. */
	public URI server() {
		return this.server;
	}

	/**
	 * {@code GET} an API-token path such as {@code /api/v2.1/dtable/app-upload-link/}.
	 */
	public Mono<JsonNode> get(String path, Map<String, ?> query) {
		return exchange(HttpMethod.GET, path, query);
	}

	/** {@code DELETE} an API-token path. */
	public Mono<JsonNode> delete(String path, Map<String, ?> query) {
		return exchange(HttpMethod.DELETE, path, query);
	}

	private Mono<JsonNode> exchange(HttpMethod method, String path, Map<String, ?> query) {
		return this.apiClient.method(method)
			.uri(path, (builder) -> buildUri(builder, query))
			.accept(MediaType.APPLICATION_JSON)
			.exchangeToMono(BaseApiClient::read);
	}

	private static URI buildUri(UriBuilder builder, Map<String, ?> query) {
		Map<String, Object> variables = new HashMap<>();
		query.forEach((name, value) -> {
			if (value != null) {
				builder.queryParam(name, "{" + name + "}");
				variables.put(name, value);
			}
		});
		return builder.build(variables);
	}

	/**
	 * Posts a multipart body to an upload link, with {@code ret-json=1} so that the file
	 * server answers with JSON. The parts are streamed, never buffered whole.
	 * @param uploadLink the {@code upload_link} of an upload-link answer
	 * @param parts the multipart parts
	 * @return the JSON answer
	 */
	public Mono<JsonNode> upload(String uploadLink, MultiValueMap<String, HttpEntity<?>> parts) {
		URI uri = uploadUri(uploadLink);
		return this.uploadClient.post()
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts))
			.exchangeToMono(FilesApiClient::readUpload)
			.onErrorMap((
					ex) -> !(ex instanceof SeaTableException failure && REDACTED_UPLOAD_PATH.equals(failure.getPath())),
					FilesApiClient::redacted);
	}

	private static URI uploadUri(String uploadLink) {
		try {
			URI uri = UriComponentsBuilder.fromUriString(uploadLink)
				.replaceQueryParam("ret-json", "1")
				.build(true)
				.toUri();
			if (uri.getHost() == null
					|| !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
				throw new IllegalArgumentException("not an absolute http(s) URL");
			}
			return uri;
		}
		catch (IllegalArgumentException ex) {
			throw new SeaTableMalformedResponseException("SeaTable's upload link is not an absolute http(s) URL");
		}
	}

	private static Mono<JsonNode> readUpload(ClientResponse response) {
		if (!response.statusCode().is2xxSuccessful()) {
			return response.bodyToMono(String.class)
				.defaultIfEmpty("")
				.flatMap((body) -> Mono.error(SeaTableErrors.forStatus(
						uploadAnswer(response.statusCode().value(), SeaTableErrors.errorMessage(body)),
						SeaTableErrors.retryAfter(response.headers().asHttpHeaders()))));
		}
		return response.bodyToMono(JsonNode.class)
			.defaultIfEmpty(MissingNode.getInstance())
			.onErrorMap((ex) -> SeaTableErrors.unreadable(uploadAnswer(response.statusCode().value(), null), ex));
	}

	/** The details of the upload's answer, with the redacted path. */
	private static SeaTableRequestDetails uploadAnswer(int status, @Nullable String errorMessage) {
		return SeaTableRequestDetails.answered("POST", REDACTED_UPLOAD_PATH, status, errorMessage);
	}

	/**
	 * The details of the upload, with the redacted path, keeping the status if one
	 * arrived.
	 */
	private static SeaTableRequestDetails upload(SeaTableException failure, boolean withErrorMessage) {
		OptionalInt status = failure.getStatus();
		return new SeaTableRequestDetails("POST", REDACTED_UPLOAD_PATH, status,
				(withErrorMessage && status.isPresent()) ? failure.getErrorMessage() : null);
	}

	/**
	 * The filters name the request's path, and the transport's exceptions its URL: the
	 * upload link's id must end up in neither a message nor a cause, so the failure is
	 * rebuilt with the redacted path and without the cause.
	 */
	private static Throwable redacted(Throwable ex) {
		if (ex instanceof SeaTableConnectionException failure) {
			String summary = (failure.getCause() instanceof TimeoutException) ? "No answer from the file server in time"
					: "Connection to the file server failed";
			return new SeaTableConnectionException(summary, upload(failure, false), null);
		}
		if (ex instanceof SeaTableMalformedResponseException failure) {
			return new SeaTableMalformedResponseException("The file server's answer cannot be read",
					upload(failure, false), null);
		}
		if (ex instanceof SeaTableException failure) {
			return new SeaTableException("Upload failed", upload(failure, true), null);
		}
		return new SeaTableException("Upload failed (" + ex.getClass().getSimpleName() + ")",
				SeaTableRequestDetails.unanswered("POST", REDACTED_UPLOAD_PATH), null);
	}

}

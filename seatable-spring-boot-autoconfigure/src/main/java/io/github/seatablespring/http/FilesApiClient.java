package io.github.seatablespring.http;

import java.net.URI;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeoutException;

import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableRequestDetails;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
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

	private final String prefix;

	private final WebClient apiClient;

	private final WebClient uploadClient;

	/**
	 * @param server the SeaTable server
	 * @param apiClient a client whose base URL is the server, with the API-token filter
	 * @param uploadClient a client without any authentication, for the upload links
	 */
	public FilesApiClient(URI server, WebClient apiClient, WebClient uploadClient) {
		this.server = server;
		this.prefix = RequestUris.prefix(server);
		this.apiClient = apiClient;
		this.uploadClient = uploadClient;
	}

	/** The SeaTable server, to build the URL of an uploaded asset. */
	public URI server() {
		return this.server;
	}

	/**
	 * {@code GET} an API-token path such as {@code /api/v2.1/dtable/app-upload-link/}.
	 * @param path the path from the server's root
	 * @param query query parameters; {@code null} values are left out
	 * @param reader reads the body of a successful answer
	 * @return what {@code reader} read
	 */
	public <T> Mono<T> get(String path, Map<String, ?> query, AnswerReader<T> reader) {
		return exchange(HttpMethod.GET, path, query, reader);
	}

	/** {@code DELETE} an API-token path; see {@link #get}. */
	public <T> Mono<T> delete(String path, Map<String, ?> query, AnswerReader<T> reader) {
		return exchange(HttpMethod.DELETE, path, query, reader);
	}

	private <T> Mono<T> exchange(HttpMethod method, String path, Map<String, ?> query, AnswerReader<T> reader) {
		return this.apiClient.method(method)
			.uri(RequestUris.expand(this.prefix, path, Map.of(), query))
			.attribute(RequestUris.TEMPLATE_ATTRIBUTE, this.prefix + path)
			.accept(MediaType.APPLICATION_JSON)
			.exchangeToMono((response) -> AnswerReading.read(response, reader));
	}

	/**
	 * Whether {@code link} can be an upload link: an absolute http(s) URL.
	 */
	public static boolean isUploadLink(@Nullable String link) {
		if (link == null) {
			return false;
		}
		try {
			uploadUri(link);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Posts a multipart body to an upload link, with {@code ret-json=1} so that the file
	 * server answers with JSON. The parts are streamed, never buffered whole.
	 * @param uploadLink the {@code upload_link} of an upload-link answer
	 * @param parts the multipart parts
	 * @param reader reads the body of a successful answer
	 * @return what {@code reader} read
	 * @throws IllegalArgumentException if the link is not an absolute http(s) URL
	 */
	public <T> Mono<T> upload(String uploadLink, MultiValueMap<String, HttpEntity<?>> parts, AnswerReader<T> reader) {
		URI uri = uploadUri(uploadLink);
		return this.uploadClient.post()
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts))
			.exchangeToMono((response) -> readUpload(response, reader))
			.onErrorMap((
					ex) -> !(ex instanceof SeaTableException failure && REDACTED_UPLOAD_PATH.equals(failure.getPath())),
					FilesApiClient::redacted);
	}

	/**
	 * The link with {@code ret-json=1}; its text is never shown, as it is a credential.
	 */
	private static URI uploadUri(String uploadLink) {
		URI uri;
		try {
			uri = UriComponentsBuilder.fromUriString(uploadLink).replaceQueryParam("ret-json", "1").build(true).toUri();
		}
		catch (IllegalArgumentException ex) {
			uri = null;
		}
		if (uri == null || uri.getHost() == null
				|| !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
			throw new IllegalArgumentException("uploadLink must be an absolute http(s) URL");
		}
		return uri;
	}

	private static <T> Mono<T> readUpload(ClientResponse response, AnswerReader<T> reader) {
		if (!response.statusCode().is2xxSuccessful()) {
			return response.bodyToMono(String.class)
				.defaultIfEmpty("")
				.flatMap((body) -> Mono.error(SeaTableErrors.forStatus(
						uploadAnswer(response.statusCode().value(), SeaTableErrors.errorMessage(body)),
						SeaTableErrors.retryAfter(response.headers().asHttpHeaders()))));
		}
		return AnswerReading.readBody(response, uploadAnswer(response.statusCode().value(), null), reader);
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

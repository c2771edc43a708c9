package io.github.seatablespring.account.http;

import java.net.URI;
import java.util.Map;

import io.github.seatablespring.http.AnswerReader;
import io.github.seatablespring.http.AnswerReading;
import io.github.seatablespring.http.RequestUris;
import io.github.seatablespring.http.SeaTableErrors;
import io.github.seatablespring.http.StreamedAnswer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClient.RequestBodySpec;

/**
 * Sends account operations ({@code {server}/api/v2.1/...} and {@code {server}/api2/...})
 * and reads their answers, or streams a file download. Authentication, the account quota,
 * retries and time-outs are the filters of the {@link WebClient} it is given.
 */
public final class AccountApiClient {

	private final WebClient webClient;

	private final String server;

	/**
	 * @param webClient a client with the account filters
	 * @param server the SeaTable server the requests go to
	 */
	public AccountApiClient(WebClient webClient, URI server) {
		this.webClient = webClient;
		this.server = RequestUris.prefix(server);
	}

	/**
	 * Sends a request and reads its answer with {@code reader}, straight from the
	 * answer's bytes.
	 * @param method the HTTP method
	 * @param path the path from the server's root, for example
	 * {@code /api/v2.1/workspaces/}
	 * @param pathVariables values of the path's {@code {variables}}, encoded as needed
	 * @param query query parameters; {@code null} values are left out
	 * @param body the request body
	 * @param reader reads the body of a successful answer
	 * @return what {@code reader} read
	 */
	public <T> Mono<T> exchange(HttpMethod method, String path, Map<String, ?> pathVariables, Map<String, ?> query,
			Body body, AnswerReader<T> reader) {
		return request(method, path, pathVariables, query, body)
			.exchangeToMono((response) -> AnswerReading.read(response, reader));
	}

	/**
	 * Sends a {@code GET} and streams the answer's bytes as they arrive, never holding
	 * the whole file in memory (a {@link StreamedAnswer}: the transport bounds each pause
	 * between chunks by {@code seatable.timeout}, not the whole download). An error
	 * status fails the stream before any byte.
	 */
	public Flux<DataBuffer> download(String path, Map<String, ?> pathVariables, Map<String, ?> query) {
		return request(HttpMethod.GET, path, pathVariables, query, Body.none()).accept(MediaType.ALL)
			.attribute(StreamedAnswer.ATTRIBUTE, true)
			.exchangeToFlux(
					(response) -> response.statusCode().is2xxSuccessful() ? response.bodyToFlux(DataBuffer.class)
							: SeaTableErrors.fromResponse(response).flatMapMany(Flux::error));
	}

	private RequestBodySpec request(HttpMethod method, String path, Map<String, ?> pathVariables, Map<String, ?> query,
			Body body) {
		RequestBodySpec request = this.webClient.method(method)
			.uri(RequestUris.expand(this.server, path, pathVariables, query))
			.attribute(RequestUris.TEMPLATE_ATTRIBUTE, this.server + path)
			.accept(MediaType.APPLICATION_JSON);
		body.write(request);
		return request;
	}

	/** The body of an account request: none, JSON, form fields or multipart parts. */
	public sealed interface Body {

		/** No body. */
		static Body none() {
			return None.INSTANCE;
		}

		/** A JSON body. */
		static Body json(Object value) {
			return new Json(value);
		}

		/**
		 * Form fields, sent {@code application/x-www-form-urlencoded} (which SeaTable
		 * reads for every endpoint documented with {@code multipart/form-data} text
		 * fields too); {@code null} values are left out.
		 */
		static Body form(Map<String, ?> fields) {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			fields.forEach((name, value) -> {
				if (value != null) {
					form.add(name, String.valueOf(value));
				}
			});
			return new Form(form);
		}

		/** Multipart parts, for uploads; the files are streamed, never buffered whole. */
		static Body multipart(MultipartBodyBuilder parts) {
			return new Multipart(parts);
		}

		void write(RequestBodySpec request);

	}

	private enum None implements Body {

		INSTANCE;

		@Override
		public void write(RequestBodySpec request) {
		}

	}

	private record Json(Object value) implements Body {

		@Override
		public void write(RequestBodySpec request) {
			request.contentType(MediaType.APPLICATION_JSON).bodyValue(this.value);
		}

	}

	private record Form(MultiValueMap<String, String> fields) implements Body {

		@Override
		public void write(RequestBodySpec request) {
			request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(this.fields));
		}

	}

	private record Multipart(MultipartBodyBuilder parts) implements Body {

		@Override
		public void write(RequestBodySpec request) {
			request.contentType(MediaType.MULTIPART_FORM_DATA)
				.body(BodyInserters.fromMultipartData(this.parts.build()));
		}

	}

}

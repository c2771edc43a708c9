package io.github.seatablespring.http;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableRequestDetails;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * The innermost filter: bounds every attempt by the configured time-out, from sending the
 * request to the last byte of the answer, and turns transport failures into
 * {@link SeaTableConnectionException}, recording whether the request can have reached the
 * server.
 *
 * <p>
 * The answer is read into memory inside the attempt (within the codecs' in-memory limit),
 * so that a server that sends the headers and then stalls, or trickles the body in slower
 * than the time-out, fails the attempt once the time-out has passed, and a body cut
 * mid-way fails it with a {@link SeaTableConnectionException}: the {@link RetryFilter}
 * outside retries a GET that failed so. Every answer the client reads is JSON read whole
 * anyway; a {@link StreamedAnswer} is not read here, and only the pause between two of
 * its chunks is bounded. An HTML page answered with 2xx (a proxy's or login page's) is
 * refused as a {@link SeaTableMalformedResponseException} before anything reads it.
 */
public final class TransportFilter implements ExchangeFilterFunction {

	private final Duration timeout;

	private final AttemptDeadlines deadlines;

	public TransportFilter(Duration timeout) {
		this.timeout = timeout;
		this.deadlines = new AttemptDeadlines(timeout);
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return Mono.defer(() -> {
			AttemptDeadlines.Attempt attempt = this.deadlines.start();
			return next.exchange(request)
				.onErrorMap(WebClientRequestException.class, (ex) -> connectionFailure(request, ex, false))
				.flatMap((response) -> {
					if (isHtmlPage(response)) {
						return refuseHtml(request, response);
					}
					return StreamedAnswer.isStreamed(request)
							? Mono.just(response.mutate().body((body) -> idle(request, body)).build())
							: readWhole(request, response);
				})
				// passing the deadline cancels the attempt, headers or body, which then
				// ends empty
				.takeUntilOther(attempt.expiry())
				.switchIfEmpty(Mono.error(() -> connectionFailure(request, new TimeoutException(), false)))
				.doFinally((signal) -> attempt.end());
		});
	}

	/**
	 * The answer with its body read into one buffer, as a {@link ReadAnswer} that hands
	 * the buffer on once.
	 */
	private Mono<ClientResponse> readWhole(ClientRequest request, ClientResponse response) {
		return response.bodyToMono(DataBuffer.class)
			.map((buffer) -> (ClientResponse) new ReadAnswer(response, buffer))
			.switchIfEmpty(Mono.fromSupplier(() -> new ReadAnswer(response, null)))
			.onErrorMap((ex) -> !(ex instanceof SeaTableException),
					(ex) -> (ex instanceof DataBufferLimitException)
							? SeaTableErrors.unreadable(SeaTableErrors.answered(request, response, null), ex)
							: connectionFailure(request, ex, true));
	}

	/**
	 * A streamed body may take as long as it needs, but no pause between two chunks may
	 * exceed the time-out.
	 */
	private Flux<DataBuffer> idle(ClientRequest request, Flux<DataBuffer> body) {
		return body.timeout(this.timeout, Schedulers.parallel())
			.onErrorMap((ex) -> !(ex instanceof SeaTableException), (ex) -> connectionFailure(request, ex, true));
	}

	/** A 2xx answer that is an HTML page: a proxy's or login page's, not SeaTable's. */
	private static boolean isHtmlPage(ClientResponse response) {
		return response.statusCode().is2xxSuccessful() && response.headers()
			.contentType()
			.filter((type) -> MediaType.TEXT_HTML.isCompatibleWith(type))
			.isPresent();
	}

	private static Mono<ClientResponse> refuseHtml(ClientRequest request, ClientResponse response) {
		return response.releaseBody()
			.then(Mono.error(new SeaTableMalformedResponseException(
					"SeaTable answered with an HTML page instead of JSON (is seatable.server-url the API's address, "
							+ "not a proxy's or login page?)",
					SeaTableErrors.answered(request, response, null), null)));
	}

	private SeaTableConnectionException connectionFailure(ClientRequest request, Throwable ex, boolean inBody) {
		SeaTableRequestDetails unanswered = SeaTableErrors.unanswered(request);
		if (ex instanceof TimeoutException) {
			return new SeaTableConnectionException(
					"No complete answer from SeaTable within " + this.timeout + " (seatable.timeout)", unanswered, ex);
		}
		if (inBody) {
			return new SeaTableConnectionException("Connection to SeaTable broke while reading the answer", unanswered,
					ex);
		}
		boolean refused = ex.getCause() instanceof ConnectException;
		return new SeaTableConnectionException(
				refused ? "Could not connect to SeaTable" : "Connection to SeaTable failed", unanswered, ex);
	}

}

package io.github.seatablespring.http;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableRequestDetails;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
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
 * The answer's body is bounded lazily, when it is read: a server that sends the headers
 * and then stalls, or trickles the body in slower than the time-out, fails the read once
 * the time-out has passed; a body cut mid-way fails it with a
 * {@link SeaTableConnectionException} too. An HTML page answered with 2xx (a proxy's or
 * login page's) is refused as a {@link SeaTableMalformedResponseException} before
 * anything reads it.
 */
public final class TransportFilter implements ExchangeFilterFunction {

	private final Duration timeout;

	public TransportFilter(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return Mono.defer(() -> {
			Deadline deadline = new Deadline(this.timeout);
			boolean streamed = StreamedAnswer.isStreamed(request);
			return next.exchange(request)
				.timeout(deadline.expiry())
				.doOnCancel(deadline::cancel)
				.onErrorMap((ex) -> ex instanceof TimeoutException || ex instanceof WebClientRequestException,
						(ex) -> connectionFailure(request, ex, false))
				.doOnError((ex) -> deadline.cancel())
				.flatMap((response) -> refuseHtml(request, response))
				.map((response) -> {
					if (streamed) {
						// a streamed body is bounded by its pauses instead
						deadline.cancel();
						return response.mutate().body((body) -> idle(request, body)).build();
					}
					return response.mutate().body((body) -> bounded(request, body, deadline)).build();
				});
		});
	}

	/**
	 * The body, failing when the attempt's deadline passes before its last byte; the
	 * deadline's one timer, started with the request, ends with the body.
	 */
	private Flux<DataBuffer> bounded(ClientRequest request, Flux<DataBuffer> body, Deadline deadline) {
		return body.takeUntilOther(deadline.expiry())
			.concatWith(Mono.defer(() -> deadline.hasExpired() ? Mono.error(new TimeoutException()) : Mono.empty()))
			.doFinally((signal) -> deadline.cancel())
			.onErrorMap((ex) -> !(ex instanceof SeaTableException), (ex) -> connectionFailure(request, ex, true));
	}

	/**
	 * A streamed body may take as long as it needs, but no pause between two chunks may
	 * exceed the time-out.
	 */
	private Flux<DataBuffer> idle(ClientRequest request, Flux<DataBuffer> body) {
		return body.timeout(this.timeout, Schedulers.parallel())
			.onErrorMap((ex) -> !(ex instanceof SeaTableException), (ex) -> connectionFailure(request, ex, true));
	}

	private static Mono<ClientResponse> refuseHtml(ClientRequest request, ClientResponse response) {
		boolean html = response.headers()
			.contentType()
			.filter((type) -> MediaType.TEXT_HTML.isCompatibleWith(type))
			.isPresent();
		if (!response.statusCode().is2xxSuccessful() || !html) {
			return Mono.just(response);
		}
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

	/**
	 * One timer per attempt, from sending the request to the answer's last byte (two
	 * timers, one for the headers and one for the body, cost measurably more per
	 * request). It runs on the parallel scheduler, which tests replace with virtual time.
	 */
	private static final class Deadline {

		private final Sinks.One<Boolean> expired = Sinks.unsafe().one();

		private final Disposable timer;

		private volatile boolean hasExpired;

		Deadline(Duration timeout) {
			this.timer = Schedulers.parallel().schedule(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
		}

		private void expire() {
			this.hasExpired = true;
			this.expired.tryEmitValue(Boolean.TRUE);
		}

		/** Emits when the deadline passes. */
		Mono<Boolean> expiry() {
			return this.expired.asMono();
		}

		boolean hasExpired() {
			return this.hasExpired;
		}

		void cancel() {
			this.timer.dispose();
		}

	}

}

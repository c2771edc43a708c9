package io.github.seatablespring.http;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.github.seatablespring.SeaTableConnectionException;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * The innermost filter: bounds every attempt by the configured time-out and turns transport
 * failures into {@link SeaTableConnectionException}, recording whether the request can have
 * reached the server.
 */
public final class TransportFilter implements ExchangeFilterFunction {

	private final Duration timeout;

	public TransportFilter(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request)
			.timeout(this.timeout)
			.onErrorMap((ex) -> ex instanceof TimeoutException || ex instanceof WebClientRequestException,
					(ex) -> connectionFailure(request, ex));
	}

	private SeaTableConnectionException connectionFailure(ClientRequest request, Throwable ex) {
		String method = request.method().name();
		String path = request.url().getRawPath();
		if (ex instanceof TimeoutException) {
			return new SeaTableConnectionException("No answer from SeaTable within " + this.timeout
					+ " (seatable.timeout)", 0, null, method, path, ex);
		}
		boolean refused = ex.getCause() instanceof ConnectException;
		return new SeaTableConnectionException(
				refused ? "Could not connect to SeaTable" : "Connection to SeaTable failed", 0, null, method, path,
				ex);
	}

}

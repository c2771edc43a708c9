package io.github.seatablespring.testsupport;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * A connector below every filter that records when each request actually goes on the
 * wire, read from {@code Schedulers.parallel()}: under
 * {@code StepVerifier.withVirtualTime} that is virtual time, which WireMock's request log
 * (real time) cannot show.
 */
public final class RecordingConnector implements ClientHttpConnector {

	private final ClientHttpConnector delegate = new ReactorClientHttpConnector();

	private final List<Sent> sent = new ArrayList<>();

	@Override
	public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		return Mono.defer(() -> {
			record(new Sent(method.name(), uri.getRawPath(), Schedulers.parallel().now(TimeUnit.MILLISECONDS)));
			return this.delegate.connect(method, uri, requestCallback);
		});
	}

	/** Requests sent so far whose path starts with {@code prefix}, in order. */
	public synchronized List<Sent> sent(String prefix) {
		return this.sent.stream().filter((request) -> request.path().startsWith(prefix)).toList();
	}

	/**
	 * When the requests to exactly {@code path} were sent, in milliseconds after the
	 * first of them.
	 */
	public synchronized List<Long> sendOffsets(String path) {
		List<Long> times = this.sent.stream().filter((request) -> request.path().equals(path)).map(Sent::at).toList();
		return times.stream().map((time) -> time - times.get(0)).toList();
	}

	private synchronized void record(Sent request) {
		this.sent.add(request);
	}

	/**
	 * One request as it went on the wire.
	 *
	 * @param method the HTTP method
	 * @param path the raw path
	 * @param at when it was sent, in milliseconds of the (virtual) parallel scheduler
	 */
	public record Sent(String method, String path, long at) {
	}

}

package io.github.seatablespring.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.seatablespring.SeaTableConnectionException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A streamed answer (a download, an export) is bounded by the pause between its chunks,
 * not by the whole body, and is handed on as it arrives instead of being read whole for a
 * retry.
 */
class StreamedAnswerTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(1);

	/** Five chunks, one every 400 ms: two seconds in all, twice the time-out. */
	private static ExchangeFunction slowBody(AtomicInteger exchanges) {
		return (request) -> {
			exchanges.incrementAndGet();
			Flux<DataBuffer> body = Flux.interval(Duration.ofMillis(400))
				.take(5)
				.map((i) -> DefaultDataBufferFactory.sharedInstance
					.wrap(("chunk" + i).getBytes(StandardCharsets.UTF_8)));
			return Mono.just(ClientResponse.create(HttpStatus.OK).body(body).build());
		};
	}

	private static ClientRequest download(boolean streamed) {
		ClientRequest.Builder request = ClientRequest.create(HttpMethod.GET, URI.create("http://localhost/export/"));
		if (streamed) {
			request.attribute(StreamedAnswer.ATTRIBUTE, true);
		}
		return request.build();
	}

	private static Flux<String> chunks(Mono<ClientResponse> response) {
		return response.flatMapMany((answer) -> answer.bodyToFlux(DataBuffer.class)).map((buffer) -> {
			String text = buffer.toString(StandardCharsets.UTF_8);
			DataBufferUtils.release(buffer);
			return text;
		});
	}

	@Test
	void streamedBodyLongerThanTheTimeOutArrivesChunkByChunkThroughRetryAndTransport() {
		AtomicInteger exchanges = new AtomicInteger();
		RetryFilter retry = new RetryFilter("base", 3, Duration.ofSeconds(1));
		TransportFilter transport = new TransportFilter(TIMEOUT);
		ExchangeFunction stack = (request) -> retry.filter(request,
				(attempt) -> transport.filter(attempt, slowBody(exchanges)));

		StepVerifier.withVirtualTime(() -> chunks(stack.exchange(download(true))))
			.thenAwait(Duration.ofMillis(400))
			.expectNext("chunk0")
			.thenAwait(Duration.ofMillis(1600))
			.expectNext("chunk1", "chunk2", "chunk3", "chunk4")
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		assertThat(exchanges).hasValue(1);
	}

	@Test
	void ordinaryAnswerIsReadWholeAndMustBeCompleteWithinTheTimeOut() {
		TransportFilter transport = new TransportFilter(TIMEOUT);

		// read whole inside the attempt: no chunk reaches the caller before it fails
		StepVerifier.withVirtualTime(() -> chunks(transport.filter(download(false), slowBody(new AtomicInteger()))))
			.expectSubscription()
			.expectNoEvent(TIMEOUT.minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(SeaTableConnectionException.class)
				.hasMessageContaining("seatable.timeout"))
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void ordinaryAnswerWithinTheTimeOutIsHandedOnWhole() {
		TransportFilter transport = new TransportFilter(Duration.ofSeconds(3));

		StepVerifier.withVirtualTime(() -> chunks(transport.filter(download(false), slowBody(new AtomicInteger()))))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(1999))
			.thenAwait(Duration.ofMillis(1))
			.expectNext("chunk0chunk1chunk2chunk3chunk4")
			.verifyComplete();
	}

	@Test
	void streamedBodyThatPausesLongerThanTheTimeOutFails() {
		TransportFilter transport = new TransportFilter(TIMEOUT);
		ExchangeFunction stalled = (request) -> Mono
			.just(ClientResponse.create(HttpStatus.OK).body(Flux.<DataBuffer>never()).build());

		StepVerifier.withVirtualTime(() -> chunks(transport.filter(download(true), stalled)))
			.thenAwait(TIMEOUT)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(SeaTableConnectionException.class)
				.hasMessageContaining("seatable.timeout"))
			.verify(Duration.ofSeconds(10));
	}

}

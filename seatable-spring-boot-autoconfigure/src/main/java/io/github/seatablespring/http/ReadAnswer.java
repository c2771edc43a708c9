package io.github.seatablespring.http;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.web.reactive.function.BodyExtractor;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.reactive.function.client.support.ClientResponseWrapper;

/**
 * An answer whose body the {@link TransportFilter} has read whole, into one buffer that
 * is handed out once: to {@link AnswerReading}, which decodes it straight away, or to
 * whoever reads the body through the {@link ClientResponse} methods. A second read finds
 * the body empty rather than releasing the buffer again.
 *
 * <p>
 * The answer is not copied with {@code mutate()} unless someone other than
 * {@link AnswerReading} reads the body: a copy of the headers and a second read of the
 * body per request cost as much as decoding a small answer.
 */
final class ReadAnswer extends ClientResponseWrapper {

	private final AtomicReference<@Nullable DataBuffer> body;

	private volatile @Nullable ClientResponse readable;

	/**
	 * @param response the answer, whose body was read
	 * @param body what was read, or {@code null} for an empty body
	 */
	ReadAnswer(ClientResponse response, @Nullable DataBuffer body) {
		super(response);
		this.body = new AtomicReference<>(body);
	}

	/**
	 * The body, which the caller must release; {@code null} if it was empty or already
	 * taken.
	 */
	@Nullable DataBuffer take() {
		return this.body.getAndSet(null);
	}

	/** The answer with the buffer as its body, made on the first read. */
	private ClientResponse readable() {
		ClientResponse readable = this.readable;
		if (readable == null) {
			readable = response().mutate().body(Flux.defer(() -> Mono.justOrEmpty(take()))).build();
			this.readable = readable;
		}
		return readable;
	}

	/**
	 * A copy of the answer itself: Spring's copy of a wrapper would lose the request the
	 * answer belongs to.
	 */
	@Override
	public Builder mutate() {
		return readable().mutate();
	}

	@Override
	public <T> T body(BodyExtractor<T, ? super ClientHttpResponse> extractor) {
		return readable().body(extractor);
	}

	@Override
	public <T> Mono<T> bodyToMono(Class<? extends T> elementClass) {
		return readable().bodyToMono(elementClass);
	}

	@Override
	public <T> Mono<T> bodyToMono(ParameterizedTypeReference<T> elementTypeRef) {
		return readable().bodyToMono(elementTypeRef);
	}

	@Override
	public <T> Flux<T> bodyToFlux(Class<? extends T> elementClass) {
		return readable().bodyToFlux(elementClass);
	}

	@Override
	public <T> Flux<T> bodyToFlux(ParameterizedTypeReference<T> elementTypeRef) {
		return readable().bodyToFlux(elementTypeRef);
	}

	@Override
	public Mono<Void> releaseBody() {
		return Mono.fromRunnable(() -> {
			DataBuffer unread = take();
			if (unread != null) {
				DataBufferUtils.release(unread);
			}
		});
	}

	@Override
	public Mono<ResponseEntity<Void>> toBodilessEntity() {
		return readable().toBodilessEntity();
	}

	@Override
	public <T> Mono<ResponseEntity<T>> toEntity(Class<T> bodyClass) {
		return readable().toEntity(bodyClass);
	}

	@Override
	public <T> Mono<ResponseEntity<T>> toEntity(ParameterizedTypeReference<T> bodyTypeReference) {
		return readable().toEntity(bodyTypeReference);
	}

	@Override
	public <T> Mono<ResponseEntity<List<T>>> toEntityList(Class<T> elementClass) {
		return readable().toEntityList(elementClass);
	}

	@Override
	public <T> Mono<ResponseEntity<List<T>>> toEntityList(ParameterizedTypeReference<T> elementTypeRef) {
		return readable().toEntityList(elementTypeRef);
	}

	@Override
	public Mono<WebClientResponseException> createException() {
		return readable().createException();
	}

	@Override
	public <T> Mono<T> createError() {
		return readable().createError();
	}

}

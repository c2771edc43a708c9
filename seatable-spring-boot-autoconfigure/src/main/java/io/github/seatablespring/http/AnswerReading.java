package io.github.seatablespring.http;

import java.io.InputStream;

import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableRequestDetails;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * Reads an answer with an {@link AnswerReader}, for every client (base, account, files):
 * the one place where what a reader finds wrong with a successful answer gets the
 * answer's method, path and real status.
 */
public final class AnswerReading {

	private AnswerReading() {
	}

	/**
	 * A successful answer read with {@code reader} from its bytes, joined within the
	 * codecs' size limit as Spring's JSON decoder would; an error answer as its
	 * {@code SeaTableException}.
	 */
	public static <T> Mono<T> read(ClientResponse response, AnswerReader<T> reader) {
		if (!response.statusCode().is2xxSuccessful()) {
			return SeaTableErrors.fromResponse(response).flatMap(Mono::error);
		}
		return readBody(response, null, reader);
	}

	/**
	 * The body of a successful answer read with {@code reader}, for a client that names
	 * the request itself (the upload, whose link must not show).
	 * @param response a successful answer
	 * @param answer the request and the answer's status, as failures name them;
	 * {@code null} for the request {@code response} answers
	 * @param reader reads the body
	 */
	public static <T> Mono<T> readBody(ClientResponse response, @Nullable SeaTableRequestDetails answer,
			AnswerReader<T> reader) {
		if (response instanceof ReadAnswer read) {
			// read whole already: decoded here, without another pass through Reactor
			try {
				return Mono.just(decode(response, answer, reader, read.take()));
			}
			catch (RuntimeException ex) {
				return Mono.error(ex);
			}
		}
		return response.bodyToMono(DataBuffer.class)
			.onErrorMap((ex) -> SeaTableErrors.unreadable(details(response, answer), ex))
			.map((buffer) -> decode(response, answer, reader, buffer))
			.switchIfEmpty(Mono.fromSupplier(() -> decode(response, answer, reader, null)));
	}

	/**
	 * Reads the body, releasing its buffer. Every error ends here, as an exception of the
	 * call: Reactor would rethrow an {@link OutOfMemoryError} on Netty's event loop,
	 * where it never reaches the caller, who would wait forever.
	 */
	private static <T> T decode(ClientResponse response, @Nullable SeaTableRequestDetails answer,
			AnswerReader<T> reader, @Nullable DataBuffer buffer) {
		try (InputStream body = (buffer != null) ? buffer.asInputStream() : InputStream.nullInputStream()) {
			return reader.read(body);
		}
		catch (AnswerReadException ex) {
			throw ex.toException(details(response, answer));
		}
		catch (SeaTableException ex) {
			throw ex;
		}
		catch (StreamReadException ex) {
			throw malformed(response, answer, "SeaTable answered with a body that is not JSON", ex);
		}
		catch (JacksonException ex) {
			throw malformed(response, answer, "SeaTable answered with JSON of an unexpected shape", ex);
		}
		catch (Throwable ex) {
			throw malformed(response, answer,
					"SeaTable's answer could not be read (" + ex.getClass().getSimpleName() + ")", ex);
		}
		finally {
			if (buffer != null) {
				DataBufferUtils.release(buffer);
			}
		}
	}

	/** Built only on failure, so that a successful answer costs nothing more. */
	private static SeaTableRequestDetails details(ClientResponse response, @Nullable SeaTableRequestDetails answer) {
		return (answer != null) ? answer : SeaTableErrors.answered(response, null);
	}

	private static SeaTableMalformedResponseException malformed(ClientResponse response,
			@Nullable SeaTableRequestDetails answer, String summary, Throwable cause) {
		return new SeaTableMalformedResponseException(summary, details(response, answer), cause);
	}

}

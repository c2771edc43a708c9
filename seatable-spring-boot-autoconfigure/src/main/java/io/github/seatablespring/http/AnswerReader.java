package io.github.seatablespring.http;

import java.io.InputStream;

/**
 * Reads a successful answer's body, straight from its bytes, into what the operation
 * returns. An empty body is an empty stream. A Jackson failure becomes a
 * {@code SeaTableMalformedResponseException}; so does any other error thrown while
 * reading, even an {@link OutOfMemoryError}, so that the call always ends.
 *
 * @param <T> what the answer is read into
 */
@FunctionalInterface
public interface AnswerReader<T> {

	T read(InputStream body);

}

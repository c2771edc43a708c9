package io.github.seatablespring.http;

import java.io.InputStream;
import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads a successful answer's body, straight from its bytes, into what the operation
 * returns. An empty body is an empty stream. A Jackson failure becomes a
 * {@code SeaTableMalformedResponseException}; so does any other error thrown while
 * reading, even an {@link OutOfMemoryError}, so that the call always ends. A body that
 * lacks what the operation needs is an {@link AnswerReadException}: the client adds the
 * answer's method, path and status to it.
 *
 * @param <T> what the answer is read into
 */
@FunctionalInterface
public interface AnswerReader<T> {

	T read(InputStream body);

	/**
	 * Reads the answer as a JSON tree (a missing node for an empty body) and then with
	 * {@code read}, for answers small enough to hold as a tree.
	 */
	static <T> AnswerReader<T> tree(Function<JsonNode, T> read) {
		return (body) -> {
			try (JsonParser parser = JsonMapper.shared().createParser(body)) {
				return read.apply((parser.nextToken() != null) ? JsonMapper.shared().readTree(parser)
						: MissingNode.getInstance());
			}
		};
	}

}

package io.github.seatablespring.http;

import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * Marks a request whose answer is streamed to the caller (a file download or an export)
 * rather than read into memory: the {@link TransportFilter} does not read such an answer
 * whole (so the {@link RetryFilter} retries it only until its headers arrive), and bounds
 * the pause between two chunks of its body by {@code seatable.timeout} instead of the
 * whole body, which may take far longer on a slow line.
 */
public final class StreamedAnswer {

	/** The request attribute; its presence marks the request. */
	public static final String ATTRIBUTE = StreamedAnswer.class.getName();

	private StreamedAnswer() {
	}

	/** Whether {@code request} carries the mark. */
	public static boolean isStreamed(ClientRequest request) {
		return request.attribute(ATTRIBUTE).isPresent();
	}

}

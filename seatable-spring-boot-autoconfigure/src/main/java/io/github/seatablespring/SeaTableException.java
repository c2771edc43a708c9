package io.github.seatablespring;

import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the SeaTable client throws. It is unchecked, so callers catch
 * only the kinds they can act on (for example {@link SeaTableRateLimitException}).
 *
 * <p>
 * An exception that belongs to a request carries its {@link SeaTableRequestDetails}: the
 * method and path, the HTTP status if an answer arrived, and SeaTable's own
 * {@code error_msg}. The message is built from the summary and these parts only, as
 * {@code summary [METHOD path -> status]: error_msg}, so it never contains a token.
 */
public class SeaTableException extends RuntimeException {

	private static final long serialVersionUID = 2L;

	private final @Nullable SeaTableRequestDetails request;

	/**
	 * @param summary what went wrong
	 * @param request the request it belongs to and its answer, or {@code null} for a
	 * failure that belongs to no request
	 * @param cause the underlying failure, if any
	 */
	public SeaTableException(String summary, @Nullable SeaTableRequestDetails request, @Nullable Throwable cause) {
		super(describe(summary, request), cause);
		this.request = request;
	}

	public SeaTableException(String message) {
		this(message, null, null);
	}

	public SeaTableException(String message, @Nullable Throwable cause) {
		this(message, null, cause);
	}

	/**
	 * The request this failure belongs to and SeaTable's answer, or {@code null} when it
	 * belongs to no request (an invalid argument, an operation that did not end in time).
	 */
	public @Nullable SeaTableRequestDetails getRequest() {
		return this.request;
	}

	/**
	 * The HTTP status SeaTable answered with; empty when no answer arrived (the
	 * connection failed, the client refused the request before sending it) or the failure
	 * belongs to no request.
	 */
	public OptionalInt getStatus() {
		return (this.request != null) ? this.request.status() : OptionalInt.empty();
	}

	/**
	 * SeaTable's {@code error_msg} (or {@code error_message}) from the response body, if
	 * any.
	 */
	public @Nullable String getErrorMessage() {
		return (this.request != null) ? this.request.errorMessage() : null;
	}

	/** The HTTP method of the failed request, if the failure belongs to a request. */
	public @Nullable String getMethod() {
		return (this.request != null) ? this.request.method() : null;
	}

	/**
	 * The path of the failed request (without server and query), if the failure belongs
	 * to a request.
	 */
	public @Nullable String getPath() {
		return (this.request != null) ? this.request.path() : null;
	}

	private static String describe(String summary, @Nullable SeaTableRequestDetails request) {
		if (request == null) {
			return summary;
		}
		StringBuilder message = new StringBuilder(summary).append(" [").append(request).append(']');
		String errorMessage = request.errorMessage();
		if (errorMessage != null && !errorMessage.isBlank()) {
			message.append(": ").append(errorMessage);
		}
		return message.toString();
	}

}

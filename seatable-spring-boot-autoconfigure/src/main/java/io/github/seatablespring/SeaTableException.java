package io.github.seatablespring;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the SeaTable client throws. It is unchecked, so callers catch
 * only the kinds they can act on (for example {@link SeaTableRateLimitException}).
 *
 * <p>
 * Each exception carries the HTTP status (0 when no response was received), SeaTable's
 * own {@code error_msg}, and the method and path of the request. The message is built
 * from these parts only, so it never contains a token.
 */
public class SeaTableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final @Nullable String errorMessage;

	private final @Nullable String method;

	private final @Nullable String path;

	public SeaTableException(String summary, int status, @Nullable String errorMessage, @Nullable String method,
			@Nullable String path, @Nullable Throwable cause) {
		super(describe(summary, status, errorMessage, method, path), cause);
		this.status = status;
		this.errorMessage = errorMessage;
		this.method = method;
		this.path = path;
	}

	public SeaTableException(String message) {
		this(message, 0, null, null, null, null);
	}

	public SeaTableException(String message, @Nullable Throwable cause) {
		this(message, 0, null, null, null, cause);
	}

	/** The HTTP status SeaTable answered with, or 0 if no response was received. */
	public int getStatus() {
		return this.status;
	}

	/**
	 * SeaTable's {@code error_msg} (or {@code error_message}) from the response body, if
	 * any.
	 */
	public @Nullable String getErrorMessage() {
		return this.errorMessage;
	}

	/** The HTTP method of the failed request, if the failure belongs to a request. */
	public @Nullable String getMethod() {
		return this.method;
	}

	/**
	 * The path of the failed request (without server and query), if the failure belongs
	 * to a request.
	 */
	public @Nullable String getPath() {
		return this.path;
	}

	private static String describe(String summary, int status, @Nullable String errorMessage, @Nullable String method,
			@Nullable String path) {
		StringBuilder message = new StringBuilder(summary);
		if (method != null && path != null) {
			message.append(" [").append(method).append(' ').append(path);
			if (status > 0) {
				message.append(" -> ").append(status);
			}
			message.append(']');
		}
		if (errorMessage != null && !errorMessage.isBlank()) {
			message.append(": ").append(errorMessage);
		}
		return message.toString();
	}

}

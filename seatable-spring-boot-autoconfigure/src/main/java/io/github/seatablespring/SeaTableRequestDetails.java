package io.github.seatablespring;

import java.io.Serial;
import java.io.Serializable;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The request a {@link SeaTableException} belongs to, and SeaTable's answer to it if one
 * arrived. It holds no secret: the path is without server and query, so it never shows a
 * token or an upload link.
 *
 * @param method the HTTP method, for example {@code GET}
 * @param path the path of the request, without server and query, for example
 * {@code /api-gateway/api/v2/dtables/2f1c.../rows/}
 * @param status the HTTP status SeaTable answered with; empty when no answer arrived (the
 * connection failed, or the client refused the request before sending it)
 * @param errorMessage SeaTable's {@code error_msg} (or {@code error_message}) from the
 * answer, if any
 */
public record SeaTableRequestDetails(String method, String path, OptionalInt status,
		@Nullable String errorMessage) implements Serializable {

	public SeaTableRequestDetails {
		Assert.hasText(method, "method must not be empty");
		Assert.notNull(path, "path must not be null");
		Assert.notNull(status, "status must not be null; use OptionalInt.empty() for a request without an answer");
		Assert.isTrue(status.isEmpty() || (status.getAsInt() >= 100 && status.getAsInt() <= 599),
				() -> "status must be an HTTP status (100-599), not " + status.getAsInt());
	}

	/**
	 * A request SeaTable answered.
	 * @param method the HTTP method
	 * @param path the path, without server and query
	 * @param status the answer's HTTP status
	 * @param errorMessage SeaTable's {@code error_msg}, if any
	 * @return the details
	 */
	public static SeaTableRequestDetails answered(String method, String path, int status,
			@Nullable String errorMessage) {
		return new SeaTableRequestDetails(method, path, OptionalInt.of(status), errorMessage);
	}

	/**
	 * A request without an answer: the connection failed or broke before the answer's
	 * status arrived, no answer came in time, or the client refused to send it (its own
	 * quota, for example).
	 * @param method the HTTP method
	 * @param path the path, without server and query
	 * @return the details
	 */
	public static SeaTableRequestDetails unanswered(String method, String path) {
		return new SeaTableRequestDetails(method, path, OptionalInt.empty(), null);
	}

	/** Whether an answer with a status arrived. */
	public boolean isAnswered() {
		return this.status.isPresent();
	}

	/** These details with SeaTable's {@code error_msg} replaced. */
	public SeaTableRequestDetails withErrorMessage(@Nullable String errorMessage) {
		return new SeaTableRequestDetails(this.method, this.path, this.status, errorMessage);
	}

	/** {@code METHOD path}, then {@code -> status} when an answer arrived. */
	@Override
	public String toString() {
		return this.method + " " + this.path + (isAnswered() ? " -> " + this.status.getAsInt() : "");
	}

	/** {@link OptionalInt} is not serializable: the form written instead. */
	@Serial
	private Object writeReplace() {
		return new Serialized(this.method, this.path, this.status.orElse(-1), this.errorMessage);
	}

	private record Serialized(String method, String path, int status,
			@Nullable String errorMessage) implements Serializable {

		@Serial
		private Object readResolve() {
			return new SeaTableRequestDetails(this.method, this.path,
					(this.status < 0) ? OptionalInt.empty() : OptionalInt.of(this.status), this.errorMessage);
		}

	}

}

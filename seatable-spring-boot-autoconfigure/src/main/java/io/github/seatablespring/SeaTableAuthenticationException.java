package io.github.seatablespring;

import org.jspecify.annotations.Nullable;

/**
 * The API token or the base token was not accepted (HTTP 401, or 403 "Token expired."
 * after one refresh).
 */
public class SeaTableAuthenticationException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	public SeaTableAuthenticationException(String summary, @Nullable SeaTableRequestDetails request,
			@Nullable Throwable cause) {
		super(summary, request, cause);
	}

	public SeaTableAuthenticationException(String message) {
		super(message);
	}

}

package io.github.seatablespring;

import org.jspecify.annotations.Nullable;

/**
 * The API token or the base token was not accepted (HTTP 401, or 403 "Token expired."
 * after one refresh).
 */
public class SeaTableAuthenticationException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	public SeaTableAuthenticationException(String summary, int status, @Nullable String errorMessage,
			@Nullable String method, @Nullable String path, @Nullable Throwable cause) {
		super(summary, status, errorMessage, method, path, cause);
	}

}

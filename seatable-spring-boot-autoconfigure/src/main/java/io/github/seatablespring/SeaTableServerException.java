package io.github.seatablespring;

import org.jspecify.annotations.Nullable;

/**
 * SeaTable failed on its side (HTTP 5xx).
 */
public class SeaTableServerException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	public SeaTableServerException(String summary, int status, @Nullable String errorMessage, @Nullable String method,
			@Nullable String path, @Nullable Throwable cause) {
		super(summary, status, errorMessage, method, path, cause);
	}

}

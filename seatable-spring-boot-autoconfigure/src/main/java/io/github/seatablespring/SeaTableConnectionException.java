package io.github.seatablespring;

import org.jspecify.annotations.Nullable;

/**
 * No usable response arrived: the connection failed, was reset, or the request timed out.
 */
public class SeaTableConnectionException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	public SeaTableConnectionException(String summary, int status, @Nullable String errorMessage, @Nullable String method,
			@Nullable String path, @Nullable Throwable cause) {
		super(summary, status, errorMessage, method, path, cause);
	}

}

package io.github.seatablespring;

import org.jspecify.annotations.Nullable;

/**
 * The token is valid but may not do this (HTTP 403), for example a read-only API token
 * writing rows.
 */
public class SeaTablePermissionException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	public SeaTablePermissionException(String summary, int status, @Nullable String errorMessage,
			@Nullable String method, @Nullable String path, @Nullable Throwable cause) {
		super(summary, status, errorMessage, method, path, cause);
	}

}

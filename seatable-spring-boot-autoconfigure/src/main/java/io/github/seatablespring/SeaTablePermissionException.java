package io.github.seatablespring;

import org.jspecify.annotations.Nullable;

/**
 * The token is valid but may not do this (HTTP 403), for example a read-only API token
 * writing rows.
 */
public class SeaTablePermissionException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	public SeaTablePermissionException(String summary, @Nullable SeaTableRequestDetails request,
			@Nullable Throwable cause) {
		super(summary, request, cause);
	}

	public SeaTablePermissionException(String message) {
		super(message);
	}

}

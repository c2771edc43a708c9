package io.github.seatablespring;

import org.jspecify.annotations.Nullable;

/**
 * SeaTable failed on its side (HTTP 5xx).
 */
public class SeaTableServerException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	public SeaTableServerException(String summary, @Nullable SeaTableRequestDetails request,
			@Nullable Throwable cause) {
		super(summary, request, cause);
	}

	public SeaTableServerException(String message) {
		super(message);
	}

}

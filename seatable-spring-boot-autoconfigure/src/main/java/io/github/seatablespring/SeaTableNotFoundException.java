package io.github.seatablespring;

import org.jspecify.annotations.Nullable;

/**
 * The base, table, row or other resource does not exist (HTTP 404).
 */
public class SeaTableNotFoundException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	public SeaTableNotFoundException(String summary, @Nullable SeaTableRequestDetails request,
			@Nullable Throwable cause) {
		super(summary, request, cause);
	}

	public SeaTableNotFoundException(String message) {
		super(message);
	}

}

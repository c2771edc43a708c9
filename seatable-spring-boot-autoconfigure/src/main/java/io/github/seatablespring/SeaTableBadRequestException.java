package io.github.seatablespring;

import org.jspecify.annotations.Nullable;

/**
 * SeaTable rejected the request as invalid (HTTP 400), for example an unknown table or
 * bad SQL.
 */
public class SeaTableBadRequestException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	public SeaTableBadRequestException(String summary, @Nullable SeaTableRequestDetails request,
			@Nullable Throwable cause) {
		super(summary, request, cause);
	}

	public SeaTableBadRequestException(String message) {
		super(message);
	}

}

package io.github.seatablespring;

import org.jspecify.annotations.Nullable;

/**
 * SeaTable answered with a body the client cannot read (not JSON, or a required field is
 * missing).
 */
public class SeaTableMalformedResponseException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	public SeaTableMalformedResponseException(String summary, @Nullable SeaTableRequestDetails request,
			@Nullable Throwable cause) {
		super(summary, request, cause);
	}

	public SeaTableMalformedResponseException(String message) {
		super(message);
	}

}

package io.github.seatablespring;

import org.jspecify.annotations.Nullable;

/**
 * No usable response arrived: the connection failed or was reset, the answer was cut
 * mid-way, or the whole exchange, body included, took longer than
 * {@code seatable.timeout}.
 */
public class SeaTableConnectionException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	public SeaTableConnectionException(String summary, @Nullable SeaTableRequestDetails request,
			@Nullable Throwable cause) {
		super(summary, request, cause);
	}

	public SeaTableConnectionException(String message) {
		super(message);
	}

}

package io.github.seatablespring.test.store;

/**
 * A request the emulated SeaTable refuses, with the status and the body key SeaTable
 * answers it with ({@code error_message} from the API gateway, {@code error_msg} from
 * dtable-web).
 */
public final class EmulatedError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String key;

	public EmulatedError(int status, String key, String message) {
		super(message, null, false, false);
		this.status = status;
		this.key = key;
	}

	public int status() {
		return this.status;
	}

	public String key() {
		return this.key;
	}

	public static EmulatedError badRequest(String message) {
		return new EmulatedError(400, "error_message", message);
	}

	public static EmulatedError notFound(String message) {
		return new EmulatedError(404, "error_message", message);
	}

	public static EmulatedError permissionDenied() {
		return new EmulatedError(403, "error_msg", "Permission denied.");
	}

}

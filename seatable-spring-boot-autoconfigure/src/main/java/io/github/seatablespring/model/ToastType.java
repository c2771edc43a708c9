package io.github.seatablespring.model;

import java.util.Locale;

/** The look of a toast notification shown in a user's browser. */
public enum ToastType {

	/** A success message. */
	SUCCESS,

	/** A warning. */
	WARNING,

	/** An error message. */
	ERROR;

	/** The value SeaTable expects for {@code toast_type}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}

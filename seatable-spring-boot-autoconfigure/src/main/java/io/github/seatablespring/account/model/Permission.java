package io.github.seatablespring.account.model;

/**
 * What an API token or a share may do, as SeaTable spells it ({@code r}, {@code rw}).
 */
public enum Permission {

	/** May read ({@code r}). */
	READ_ONLY("r"),

	/** May read and write ({@code rw}). */
	READ_WRITE("rw");

	private final String value;

	Permission(String value) {
		this.value = value;
	}

	/** SeaTable's spelling, sent in requests. */
	public String value() {
		return this.value;
	}

	/**
	 * The permission SeaTable's spelling stands for; anything but {@code rw} reads as
	 * {@link #READ_ONLY}.
	 */
	public static Permission of(String value) {
		return "rw".equals(value) ? READ_WRITE : READ_ONLY;
	}

}

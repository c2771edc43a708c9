package io.github.seatablespring.core;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How the template checks rows against the table's columns before it writes them
 * ({@code seatable.validation.*}).
 *
 * @param enabled whether rows are checked at all; when {@code false} they are sent as
 * given and SeaTable's silent fixes apply (unknown columns dropped, {@code 1} in a
 * checkbox stored as {@code false}, bad dates stored as empty, ...)
 * @param metadataTtl how long the base's metadata is reused for the checks
 * @param allowNewSelectOptions whether a single- or multiple-select value that is not an
 * option of the column may be sent; SeaTable then adds it to the column's options
 */
public record RowValidation(boolean enabled, Duration metadataTtl, boolean allowNewSelectOptions) {

	/** The defaults: checks on, metadata reused for 5 minutes, no new select options. */
	public static final RowValidation DEFAULTS = new RowValidation(true, Duration.ofMinutes(5), false);

	/** No checks. */
	public static final RowValidation DISABLED = new RowValidation(false, Duration.ofMinutes(5), false);

	public RowValidation {
		Assert.notNull(metadataTtl, "metadataTtl must not be null");
		Assert.isTrue(!metadataTtl.isNegative(), "metadataTtl must not be negative");
	}

}

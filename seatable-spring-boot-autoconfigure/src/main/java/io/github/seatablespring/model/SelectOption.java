package io.github.seatablespring.model;

import org.jspecify.annotations.Nullable;

/**
 * An option of a single- or multiple-select column.
 *
 * @param id the option id SeaTable assigned; {@code null} for a new option
 * @param name the label; {@code null} in an update that keeps it
 * @param color the background color, for example {@code #FF8000}, or {@code null}
 * @param textColor the text color, or {@code null}
 */
public record SelectOption(@Nullable String id, @Nullable String name, @Nullable String color,
		@Nullable String textColor) {

	/** A new option with this label and SeaTable's colors. */
	public static SelectOption named(String name) {
		return new SelectOption(null, name, null, null);
	}

	/** A new option with this label and colors. */
	public static SelectOption of(String name, String color, String textColor) {
		return new SelectOption(null, name, color, textColor);
	}

	/**
	 * A change of the option with this id; set the parts to change with the {@code with}
	 * methods.
	 */
	public static SelectOption update(String id) {
		return new SelectOption(id, null, null, null);
	}

	/** The same option with this label. */
	public SelectOption withName(String name) {
		return new SelectOption(this.id, name, this.color, this.textColor);
	}

	/** The same option with these colors. */
	public SelectOption withColors(String color, String textColor) {
		return new SelectOption(this.id, this.name, color, textColor);
	}

}

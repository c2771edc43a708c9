package io.github.seatablespring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * A {@code seatable.*} property has a value the starter refuses. Its value is carried
 * only when it is no secret; {@link SeaTablePropertyFailureAnalyzer} reports it without
 * looking the property up in the environment, because Boot's own report would print every
 * value set for the property, API tokens included.
 */
final class InvalidSeaTablePropertyException extends InvalidConfigurationPropertyValueException {

	private static final long serialVersionUID = 1L;

	/** Shown in place of a secret value. */
	static final String HIDDEN = "<hidden>";

	private final String problem;

	private final String fix;

	/**
	 * @param name the property's name
	 * @param value the value to show, or {@code null} when it must not be shown (a
	 * secret)
	 * @param problem what is wrong
	 * @param fix what to do
	 */
	InvalidSeaTablePropertyException(String name, @Nullable Object value, String problem, String fix) {
		super(name, (value != null) ? value : HIDDEN, problem + ". " + fix);
		this.problem = problem;
		this.fix = fix;
	}

	/** What is wrong. */
	String getProblem() {
		return this.problem;
	}

	/** What to do about it. */
	String getFix() {
		return this.fix;
	}

}

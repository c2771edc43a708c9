package io.github.seatablespring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Reports a refused {@code seatable.*} property by its name, what is wrong and what to
 * do, with the value only when it is no secret. It runs before Boot's analyzer of invalid
 * property values, which would print the value of the property in every property source
 * that sets it, and its origin, even for an API token.
 */
class SeaTablePropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSeaTablePropertyException>
		implements Ordered {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSeaTablePropertyException cause) {
		String value = InvalidSeaTablePropertyException.HIDDEN.equals(cause.getValue()) ? ""
				: " '" + cause.getValue() + "'";
		String description = "Invalid value" + value + " for configuration property '" + cause.getName() + "': "
				+ cause.getProblem();
		return new FailureAnalysis(description, cause.getFix(), cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}

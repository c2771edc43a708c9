package io.github.seatablespring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags {@code seatable.operation} observations; declare a bean to replace
 * {@link DefaultSeaTableOperationObservationConvention}.
 */
public interface SeaTableOperationObservationConvention extends ObservationConvention<SeaTableOperationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof SeaTableOperationContext;
	}

}

package io.github.seatablespring.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default names of template operations: {@code seatable.operation}, tagged with
 * {@code seatable.base}, {@code seatable.operation} and {@code seatable.table}
 * ({@code none} when the call names no table).
 */
public class DefaultSeaTableOperationObservationConvention implements SeaTableOperationObservationConvention {

	/** Name of the observation, and of the timer it produces. */
	public static final String NAME = "seatable.operation";

	/** Tag of the configured base name, shared with {@code http.client.requests}. */
	public static final String BASE = "seatable.base";

	/** Tag of the template method. */
	public static final String OPERATION = "seatable.operation";

	/** Tag of the table the call names. */
	public static final String TABLE = "seatable.table";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(SeaTableOperationContext context) {
		return "seatable " + context.getOperation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(SeaTableOperationContext context) {
		String table = context.getTable();
		return KeyValues.of(KeyValue.of(BASE, context.getBaseName()), KeyValue.of(OPERATION, context.getOperation()),
				KeyValue.of(TABLE, (table != null) ? table : KeyValue.NONE_VALUE));
	}

}

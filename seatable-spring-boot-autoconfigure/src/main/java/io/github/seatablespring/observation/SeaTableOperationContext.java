package io.github.seatablespring.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The context of a {@code seatable.operation} observation: one call of a template method.
 */
public class SeaTableOperationContext extends Observation.Context {

	private final String baseName;

	private final String operation;

	private final @Nullable String table;

	/**
	 * @param baseName the configured base name
	 * @param operation the template method, for example {@code appendRows} or
	 * {@code views.create}
	 * @param table the table the call names, or {@code null}
	 */
	public SeaTableOperationContext(String baseName, String operation, @Nullable String table) {
		this.baseName = baseName;
		this.operation = operation;
		this.table = table;
	}

	public String getBaseName() {
		return this.baseName;
	}

	public String getOperation() {
		return this.operation;
	}

	public @Nullable String getTable() {
		return this.table;
	}

}

package io.github.seatablespring;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Rows were not written because some of their values would be dropped, changed or refused
 * by SeaTable without an error: unknown tables or columns, values of the wrong type,
 * dates SeaTable cannot read, unknown select options, ratings out of range, incomplete
 * geolocations, or columns SeaTable fills itself. It is thrown before any request of the
 * write is sent, so no row of the batch has been written. Turn the checks off with
 * {@code seatable.validation.enabled=false}.
 */
public class SeaTableValidationException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	/** Violations listed in the message; all are in {@link #getViolations()}. */
	private static final int LISTED = 10;

	private final String table;

	private final List<Violation> violations;

	/**
	 * @param operation what was refused, for example {@code "appendRows"}
	 * @param table the table written to
	 * @param violations every invalid value
	 * @param request the request that was not sent (so without a status), if known
	 */
	public SeaTableValidationException(String operation, String table, List<Violation> violations,
			@Nullable SeaTableRequestDetails request) {
		super(describe(operation, table, violations), request, null);
		this.table = table;
		this.violations = List.copyOf(violations);
	}

	/** The table written to. */
	public String getTable() {
		return this.table;
	}

	/** Every invalid value, in row order. */
	public List<Violation> getViolations() {
		return this.violations;
	}

	private static String describe(String operation, String table, List<Violation> violations) {
		String listed = violations.stream().limit(LISTED).map(Violation::toString).collect(Collectors.joining("; "));
		String more = (violations.size() > LISTED) ? "; and " + (violations.size() - LISTED) + " more" : "";
		return operation + " to table '" + table + "' refused, nothing was sent: " + listed + more;
	}

	/**
	 * One value that was not written.
	 *
	 * @param row which row: {@code "row 3"} (index in the batch) or
	 * {@code "row <row id>"} for updates
	 * @param column the column name as given, or {@code null} when the table itself is
	 * unknown
	 * @param value the value as JSON, shortened
	 * @param problem what is wrong and which forms are accepted
	 */
	public record Violation(String row, @Nullable String column, @Nullable String value, String problem) {

		@Override
		public String toString() {
			if (this.column == null) {
				return this.problem;
			}
			return this.row + ", column '" + this.column + "'" + ((this.value != null) ? " = " + this.value : "") + ": "
					+ this.problem;
		}

	}

}

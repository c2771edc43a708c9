package io.github.seatablespring.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Outcome of a batch write that the template split into requests of at most SeaTable's
 * per-call limit (1,000 rows for append and update, 10,000 for delete).
 *
 * @param rowsAffected how many rows were appended, updated or deleted
 * @param requests how many HTTP requests the batch used
 * @param rowIds ids of appended rows, in input order (empty for updates and deletes)
 */
public record BatchResult(int rowsAffected, int requests, List<String> rowIds) {

	public BatchResult {
		rowIds = List.copyOf(rowIds);
	}

	/** A batch that sent nothing. */
	public static BatchResult empty() {
		return new BatchResult(0, 0, List.of());
	}

	/** This result followed by {@code next}: counts add up, row ids are concatenated. */
	public BatchResult plus(BatchResult next) {
		List<String> ids = new ArrayList<>(this.rowIds.size() + next.rowIds.size());
		ids.addAll(this.rowIds);
		ids.addAll(next.rowIds);
		return new BatchResult(this.rowsAffected + next.rowsAffected, this.requests + next.requests, ids);
	}

}

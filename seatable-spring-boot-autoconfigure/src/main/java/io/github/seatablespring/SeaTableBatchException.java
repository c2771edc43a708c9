package io.github.seatablespring;

import java.util.List;

import io.github.seatablespring.model.BatchResult;

/**
 * A batch operation (append, update or delete of many rows) failed part-way. The batch
 * was split into requests; those before the failing one have landed and are described by
 * {@link #getCompleted()}. Resume with {@link #getRemaining()}: the input items from the
 * failing request on, in their original order.
 *
 * <p>
 * When {@link #isFailedRequestMayHaveLanded()} is {@code true}, the failing request may
 * have reached the server (a 5xx or a connection lost after sending); check those rows
 * before sending them again, so that no row is written twice. An answer that cannot be
 * read (cut, not JSON, an HTML page) counts as "may have landed": the server may have
 * executed the write before it.
 *
 * <p>
 * A batch whose first request fails without having reached the server (a 400, 403 or 404,
 * a refused connection, the client's own quota) throws that request's exception instead,
 * since nothing was written: {@code catch (SeaTablePermissionException ex)} works for a
 * batch as for a single write.
 */
public class SeaTableBatchException extends SeaTableException {

	private static final long serialVersionUID = 1L;

	private final transient BatchResult completed;

	private final transient List<?> remaining;

	private final int failedRequest;

	private final int totalRequests;

	private final boolean failedRequestMayHaveLanded;

	public SeaTableBatchException(String operation, BatchResult completed, List<?> remaining, int failedRequest,
			int totalRequests, boolean failedRequestMayHaveLanded, SeaTableException cause) {
		super(operation + " failed at request " + failedRequest + " of " + totalRequests + ": "
				+ completed.rowsAffected() + " rows landed, " + remaining.size() + " not"
				+ (failedRequestMayHaveLanded ? " (the failing request may have reached the server)" : ""),
				cause.getRequest(), cause);
		this.completed = completed;
		this.remaining = List.copyOf(remaining);
		this.failedRequest = failedRequest;
		this.totalRequests = totalRequests;
		this.failedRequestMayHaveLanded = failedRequestMayHaveLanded;
	}

	/**
	 * What landed before the failure: rows affected, requests used and ids of appended
	 * rows.
	 */
	public BatchResult getCompleted() {
		return this.completed;
	}

	/**
	 * The input items that did not land (or may not have), starting with the failing
	 * request's.
	 */
	public List<?> getRemaining() {
		return this.remaining;
	}

	/** The 1-based number of the request that failed. */
	public int getFailedRequest() {
		return this.failedRequest;
	}

	/** How many requests the whole batch needed. */
	public int getTotalRequests() {
		return this.totalRequests;
	}

	/**
	 * Whether the failing request may have been executed although no success was
	 * received.
	 */
	public boolean isFailedRequestMayHaveLanded() {
		return this.failedRequestMayHaveLanded;
	}

	/** The error that stopped the batch. */
	@Override
	public synchronized SeaTableException getCause() {
		return (SeaTableException) super.getCause();
	}

}

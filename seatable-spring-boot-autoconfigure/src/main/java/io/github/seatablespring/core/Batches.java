package io.github.seatablespring.core;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.seatablespring.SeaTableBatchException;
import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableServerException;
import io.github.seatablespring.model.BatchResult;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Splits a batch write into requests of at most SeaTable's per-call limit and sends them
 * one after the other. If one fails, the batch stops there and a
 * {@link SeaTableBatchException} tells what landed and what did not, so that the caller
 * can resume without losing or duplicating a row. When the first request fails and cannot
 * have landed, nothing was written: the request's own exception is thrown (a
 * {@code SeaTablePermissionException} for a read-only token, say), so that a batch fails
 * like a single write.
 */
final class Batches {

	private Batches() {
	}

	static <T> Mono<BatchResult> run(String operation, List<T> items, int chunkSize,
			Function<List<T>, Mono<BatchResult>> send) {
		if (items.isEmpty()) {
			return Mono.just(BatchResult.empty());
		}
		int requests = (items.size() + chunkSize - 1) / chunkSize;
		return Mono.defer(() -> {
			Landed landed = new Landed();
			return Flux.range(0, requests).concatMap((index) -> {
				int from = index * chunkSize;
				List<T> chunk = items.subList(from, Math.min(from + chunkSize, items.size()));
				return send.apply(chunk)
					.onErrorMap(SeaTableException.class, (ex) -> (index == 0 && !mayHaveLanded(ex)) ? ex
							: new SeaTableBatchException(operation, landed.result(), items.subList(from, items.size()),
									index + 1, requests, mayHaveLanded(ex), ex))
					.doOnNext(landed::add);
			}).then(Mono.fromSupplier(landed::result));
		});
	}

	/**
	 * What landed so far, added up in place: linear in the number of requests, unlike
	 * {@code BatchResult.plus}.
	 */
	private static final class Landed {

		private int rowsAffected;

		private int requests;

		private final List<String> rowIds = new ArrayList<>();

		void add(BatchResult result) {
			this.rowsAffected += result.rowsAffected();
			this.requests += result.requests();
			this.rowIds.addAll(result.rowIds());
		}

		BatchResult result() {
			return new BatchResult(this.rowsAffected, this.requests, this.rowIds);
		}

	}

	/**
	 * Whether a failed write can have been executed: the server failed, the connection
	 * broke after sending, or the answer could not be read (the server may have written
	 * the rows and then sent a truncated or HTML answer).
	 */
	private static boolean mayHaveLanded(SeaTableException ex) {
		if (ex instanceof SeaTableServerException || ex instanceof SeaTableMalformedResponseException) {
			return true;
		}
		if (ex instanceof SeaTableConnectionException) {
			for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof ConnectException) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

}

package io.github.seatablespring.core;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Waits for the reactive operations on behalf of the blocking ones, never without a
 * deadline.
 *
 * <p>
 * Every request is bounded by {@code seatable.timeout} (the whole exchange), every retry
 * by {@code seatable.rate-limit.retry-on-429} and every wait by
 * {@code seatable.rate-limit.max-wait}, so an operation always ends on its own. The
 * deadline here is the safety net for a chain that would not, such as a customizer's
 * filter that never answers: longer than any operation can take within the default daily
 * quota (5,000 requests at 300 a minute take under 17 minutes).
 */
public final class Blocking {

	/** The longest a blocking call waits for its reactive operation. */
	static final Duration DEADLINE = Duration.ofMinutes(30);

	private Blocking() {
	}

	/** The value of {@code result}; its errors are rethrown as they are. */
	public static <T> T await(Mono<T> result) {
		return await(result, DEADLINE);
	}

	public static <T> T await(Mono<T> result, Duration deadline) {
		return Objects.requireNonNull(bounded(result, deadline), "SeaTable operation completed without a result");
	}

	/** Waits for {@code completion} to finish. */
	public static void run(Mono<?> completion) {
		bounded(completion, DEADLINE);
	}

	/**
	 * Waits on a future rather than with {@code timeout(...).block()}: a timed wait costs
	 * no scheduled timer per call, as Reactor's timeout does.
	 */
	private static <T> @Nullable T bounded(Mono<T> result, Duration deadline) {
		if (Schedulers.isInNonBlockingThread()) {
			throw new IllegalStateException("A blocking SeaTable operation was called on the non-blocking thread "
					+ Thread.currentThread().getName() + "; use the reactive template there");
		}
		CompletableFuture<T> future = result.toFuture();
		try {
			return future.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			throw rethrown(ex.getCause());
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw new SeaTableConnectionException("The SeaTable operation did not end within " + deadline
					+ "; a filter or customizer may never answer");
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new SeaTableException("Interrupted while waiting for a SeaTable operation", ex);
		}
	}

	private static RuntimeException rethrown(@Nullable Throwable failure) {
		if (failure instanceof RuntimeException runtime) {
			return runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return new SeaTableException("The SeaTable operation failed", failure);
	}

}

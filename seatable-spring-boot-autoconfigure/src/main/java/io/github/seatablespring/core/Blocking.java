package io.github.seatablespring.core;

import java.time.Duration;
import java.util.Objects;

import io.github.seatablespring.SeaTableConnectionException;
import reactor.core.publisher.Mono;

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
		return Objects.requireNonNull(bounded(result, deadline).block(),
				"SeaTable operation completed without a result");
	}

	/** Waits for {@code completion} to finish. */
	public static void run(Mono<?> completion) {
		bounded(completion, DEADLINE).block();
	}

	private static <T> Mono<T> bounded(Mono<T> result, Duration deadline) {
		return result.timeout(deadline, Mono.error(() -> new SeaTableConnectionException(
				"The SeaTable operation did not end within " + deadline + "; a filter or customizer may never answer")));
	}

}

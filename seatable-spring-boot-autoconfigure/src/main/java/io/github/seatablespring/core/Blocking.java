package io.github.seatablespring.core;

import java.util.Objects;

import reactor.core.publisher.Mono;

/** Waits for the reactive operations on behalf of the blocking ones. */
public final class Blocking {

	private Blocking() {
	}

	/** The value of {@code result}; its errors are rethrown as they are. */
	public static <T> T await(Mono<T> result) {
		return Objects.requireNonNull(result.block(), "SeaTable operation completed without a result");
	}

	/** Waits for {@code completion} to finish. */
	public static void run(Mono<?> completion) {
		completion.block();
	}

}

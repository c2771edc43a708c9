package io.github.seatablespring.core;

import java.util.function.LongFunction;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a paged answer (rows, SQL results, linked rows) one page after the other: each
 * page is requested only after the previous one arrived and said where the next one
 * starts.
 */
final class Pager {

	private Pager() {
	}

	/**
	 * Where the page after {@code page}, which started at {@code start}, starts; negative
	 * when it was the last.
	 */
	@FunctionalInterface
	interface Next<P> {

		long after(long start, P page);

	}

	/**
	 * The pages from {@code start} on. Consume them with {@code flatMapIterable(..., 1)}
	 * so that the next request goes out only when the subscriber wants more.
	 */
	static <P> Flux<P> pages(long start, LongFunction<Mono<P>> fetch, Next<P> next) {
		return fetch.apply(start).map((page) -> new Fetched<>(start, page)).expand((fetched) -> {
			long following = next.after(fetched.start(), fetched.page());
			return (following < 0) ? Mono.empty()
					: fetch.apply(following).map((page) -> new Fetched<>(following, page));
		}).map(Fetched::page);
	}

	/**
	 * Where a page of {@code size} items, of at most {@code pageSize}, is followed by the
	 * next one.
	 */
	static long nextIfFull(long start, int size, int pageSize) {
		return (size < pageSize) ? -1 : start + size;
	}

	private record Fetched<P>(long start, P page) {
	}

}

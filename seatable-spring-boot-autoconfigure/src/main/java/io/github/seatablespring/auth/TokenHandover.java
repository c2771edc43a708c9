package io.github.seatablespring.auth;

import java.util.concurrent.ForkJoinPool;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Hands a freshly fetched token to the callers that waited for it on another thread than
 * the event loop that received the answer.
 *
 * <p>
 * Every caller waiting for a token sends its request from the thread the token arrives
 * on, and Reactor Netty opens a connection on the event loop it is called from: after a
 * burst of first calls, all their connections (and every later answer on them) would be
 * served by that one event loop, while the others idle. From another thread, new
 * connections spread over all event loops. Only the fetch pays for the hop; cached tokens
 * are handed out on the caller's thread.
 *
 * <p>
 * The hop goes to the common pool, not a Reactor scheduler: tests that replace those with
 * virtual time would otherwise hold the token until they move the clock.
 */
public final class TokenHandover {

	private static final Scheduler HANDOVER = Schedulers.fromExecutor(ForkJoinPool.commonPool());

	private TokenHandover() {
	}

	/** {@code fetch}, whose result reaches its subscribers off the event loop. */
	public static <T> Mono<T> offTheEventLoop(Mono<T> fetch) {
		return fetch.publishOn(HANDOVER);
	}

}

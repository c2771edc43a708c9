package io.github.seatablespring.test.api;

import org.jspecify.annotations.Nullable;

/**
 * Answers a route's calls: with a {@link io.github.seatablespring.test.http.Reply} or a
 * JSON value sent with 200.
 */
@FunctionalInterface
public interface Handler {

	@Nullable Object handle(Call call);

}

/**
 * Client-side quota that keeps every base below SeaTable's sliding-window rate limits.
 */
@NullMarked
package io.github.seatablespring.ratelimit;

import org.jspecify.annotations.NullMarked;

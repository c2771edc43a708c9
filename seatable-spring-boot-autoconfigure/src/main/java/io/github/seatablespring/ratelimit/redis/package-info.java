/**
 * The quota store shared by every instance: sliding-window logs in Redis, checked and
 * recorded by one atomic script per permit.
 */
@NullMarked
package io.github.seatablespring.ratelimit.redis;

import org.jspecify.annotations.NullMarked;

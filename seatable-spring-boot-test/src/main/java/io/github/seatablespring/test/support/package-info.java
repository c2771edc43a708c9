/**
 * Support for tests and benchmarks of several application instances: a real
 * {@code redis-server} process on a free loopback port, and a clock that runs faster than
 * real time.
 */
@NullMarked
package io.github.seatablespring.test.support;

import org.jspecify.annotations.NullMarked;

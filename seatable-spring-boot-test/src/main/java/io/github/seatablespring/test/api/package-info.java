/**
 * The emulator's HTTP API, one {@link io.github.seatablespring.test.api.Area} per area of
 * SeaTable's API registered in a {@link io.github.seatablespring.test.api.RouteTable}.
 * Internal: not API.
 */
@NullMarked
package io.github.seatablespring.test.api;

import org.jspecify.annotations.NullMarked;

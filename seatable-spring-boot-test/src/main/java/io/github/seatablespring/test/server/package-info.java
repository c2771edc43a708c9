/**
 * The SeaTable emulator's server. Internal: not API; use
 * {@link io.github.seatablespring.test.SeaTableEmulator}.
 */
@NullMarked
package io.github.seatablespring.test.server;

import org.jspecify.annotations.NullMarked;

/**
 * The SeaTable emulator's fault. Internal: not API; use
 * {@link io.github.seatablespring.test.SeaTableEmulator}.
 */
@NullMarked
package io.github.seatablespring.test.fault;

import org.jspecify.annotations.NullMarked;

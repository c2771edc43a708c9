/**
 * The SeaTable emulator's store. Internal: not API; use
 * {@link io.github.seatablespring.test.SeaTableEmulator}.
 */
@NullMarked
package io.github.seatablespring.test.store;

import org.jspecify.annotations.NullMarked;

/**
 * The SeaTable emulator's standalone. Internal: not API; use
 * {@link io.github.seatablespring.test.SeaTableEmulator}.
 */
@NullMarked
package io.github.seatablespring.test.standalone;

import org.jspecify.annotations.NullMarked;

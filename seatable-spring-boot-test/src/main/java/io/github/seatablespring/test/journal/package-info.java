/**
 * The SeaTable emulator's journal. Internal: not API; use
 * {@link io.github.seatablespring.test.SeaTableEmulator}.
 */
@NullMarked
package io.github.seatablespring.test.journal;

import org.jspecify.annotations.NullMarked;

/**
 * The SeaTable emulator's JSON mapping. Internal: not API; use
 * {@link io.github.seatablespring.test.SeaTableEmulator}.
 */
@NullMarked
package io.github.seatablespring.test.json;

import org.jspecify.annotations.NullMarked;

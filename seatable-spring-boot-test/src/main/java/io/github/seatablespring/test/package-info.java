/**
 * An in-memory SeaTable emulator for tests and local runs:
 * {@link io.github.seatablespring.test.SeaTableEmulator},
 * {@link io.github.seatablespring.test.EmbeddedSeaTable} and
 * {@link io.github.seatablespring.test.SeaTableEmulatorExtension}.
 */
@NullMarked
package io.github.seatablespring.test;

import org.jspecify.annotations.NullMarked;

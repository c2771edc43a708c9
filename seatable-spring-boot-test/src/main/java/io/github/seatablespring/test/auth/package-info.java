/**
 * The SeaTable emulator's auth. Internal: not API; use
 * {@link io.github.seatablespring.test.SeaTableEmulator}.
 */
@NullMarked
package io.github.seatablespring.test.auth;

import org.jspecify.annotations.NullMarked;

/**
 * The SeaTable emulator's http. Internal: not API; use
 * {@link io.github.seatablespring.test.SeaTableEmulator}.
 */
@NullMarked
package io.github.seatablespring.test.http;

import org.jspecify.annotations.NullMarked;

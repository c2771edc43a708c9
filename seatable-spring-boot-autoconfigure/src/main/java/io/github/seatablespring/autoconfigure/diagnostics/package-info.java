/**
 * Failure analyzers that tell what to configure when the SeaTable client is missing.
 */
@NullMarked
package io.github.seatablespring.autoconfigure.diagnostics;

import org.jspecify.annotations.NullMarked;

/**
 * Micrometer meters of the SeaTable client ({@code seatable.*}); used only when
 * Micrometer is present.
 */
@NullMarked
package io.github.seatablespring.metrics;

import org.jspecify.annotations.NullMarked;

/**
 * Actuator support: health indicators per base, the {@code seatable} endpoint and the
 * sanitizing of SeaTable's secrets; used only when Actuator is present.
 */
@NullMarked
package io.github.seatablespring.actuate;

import org.jspecify.annotations.NullMarked;

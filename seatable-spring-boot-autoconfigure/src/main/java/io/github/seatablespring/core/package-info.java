/**
 * The operations a user calls: {@link io.github.seatablespring.core.SeaTableTemplate} and
 * its reactive twin.
 */
@NullMarked
package io.github.seatablespring.core;

import org.jspecify.annotations.NullMarked;

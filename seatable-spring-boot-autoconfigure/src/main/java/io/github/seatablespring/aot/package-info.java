/**
 * Ahead-of-time and native-image support: the runtime hints of the SeaTable client.
 */
@NullMarked
package io.github.seatablespring.aot;

import org.jspecify.annotations.NullMarked;

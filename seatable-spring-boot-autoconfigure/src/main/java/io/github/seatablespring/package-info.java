/**
 * SeaTable client for Spring: the exception hierarchy shared by every module.
 */
@NullMarked
package io.github.seatablespring;

import org.jspecify.annotations.NullMarked;

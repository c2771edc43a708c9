/**
 * Sample: provisions a SeaTable base through the account operations.
 */
@NullMarked
package io.github.seatablespring.samples.provisioning;

import org.jspecify.annotations.NullMarked;

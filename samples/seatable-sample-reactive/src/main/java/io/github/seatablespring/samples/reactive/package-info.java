/**
 * Sample application: a reactive REST API over a SeaTable table of contacts.
 */
@NullMarked
package io.github.seatablespring.samples.reactive;

import org.jspecify.annotations.NullMarked;

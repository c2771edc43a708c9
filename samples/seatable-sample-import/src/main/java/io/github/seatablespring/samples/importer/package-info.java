/**
 * Sample application: importing contacts into a SeaTable base.
 */
@NullMarked
package io.github.seatablespring.samples.importer;

import org.jspecify.annotations.NullMarked;

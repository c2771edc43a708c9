/**
 * Values returned by the templates: rows, metadata, SQL results and batch results.
 */
@NullMarked
package io.github.seatablespring.model;

import org.jspecify.annotations.NullMarked;

/**
 * Observability of the SeaTable client with the Micrometer Observation API: one
 * {@code seatable.operation} observation per template operation, templated URIs and the
 * {@code seatable.base} tag on Spring's {@code http.client.requests}, and the
 * {@link io.github.seatablespring.observation.SeaTableClientListener} hooks the meters
 * count.
 */
@NullMarked
package io.github.seatablespring.observation;

import org.jspecify.annotations.NullMarked;

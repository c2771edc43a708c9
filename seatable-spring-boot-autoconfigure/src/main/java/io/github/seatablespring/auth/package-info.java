/**
 * Base-token handling: exchanging the API token, caching the base token and refreshing
 * it.
 */
@NullMarked
package io.github.seatablespring.auth;

import org.jspecify.annotations.NullMarked;

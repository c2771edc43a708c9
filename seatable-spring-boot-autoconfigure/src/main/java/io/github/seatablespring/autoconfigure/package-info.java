/**
 * Spring Boot auto-configuration that turns {@code seatable.*} properties into templates.
 */
@NullMarked
package io.github.seatablespring.autoconfigure;

import org.jspecify.annotations.NullMarked;

/**
 * HTTP plumbing shared by the templates: error mapping, retries and time-outs.
 */
@NullMarked
package io.github.seatablespring.http;

import org.jspecify.annotations.NullMarked;

/**
 * HTTP plumbing of the account operations.
 */
@NullMarked
package io.github.seatablespring.account.http;

import org.jspecify.annotations.NullMarked;

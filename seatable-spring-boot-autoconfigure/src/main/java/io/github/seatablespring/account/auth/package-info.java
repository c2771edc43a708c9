/**
 * Account authentication: the account token from a login or the configuration, and the
 * filter that adds it.
 */
@NullMarked
package io.github.seatablespring.account.auth;

import org.jspecify.annotations.NullMarked;

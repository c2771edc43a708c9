/**
 * Account authentication: the account token from a login or the configuration, the filter that
 * adds it, and base tokens obtained through it.
 */
@NullMarked
package io.github.seatablespring.account.auth;

import org.jspecify.annotations.NullMarked;

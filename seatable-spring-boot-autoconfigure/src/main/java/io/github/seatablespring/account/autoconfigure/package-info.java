/**
 * Auto-configuration of the account operations ({@code seatable.account.*}).
 */
@NullMarked
package io.github.seatablespring.account.autoconfigure;

import org.jspecify.annotations.NullMarked;

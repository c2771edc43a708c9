/**
 * Account operations: {@link io.github.seatablespring.account.SeaTableAccountTemplate}
 * and its reactive twin, grouped by area the way SeaTable's API reference groups them.
 */
@NullMarked
package io.github.seatablespring.account;

import org.jspecify.annotations.NullMarked;

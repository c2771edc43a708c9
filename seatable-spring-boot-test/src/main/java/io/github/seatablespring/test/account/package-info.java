/**
 * The emulator's account operations: login, account info, workspaces and groups, bases,
 * API tokens, base tokens, webhooks and snapshots, over the emulator's real emulated
 * bases.
 */
@NullMarked
package io.github.seatablespring.test.account;

import org.jspecify.annotations.NullMarked;

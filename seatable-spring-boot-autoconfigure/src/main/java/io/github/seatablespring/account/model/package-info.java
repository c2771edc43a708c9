/**
 * What the account operations read: workspaces, bases, API tokens, groups, shares,
 * webhooks, snapshots, ...
 */
@NullMarked
package io.github.seatablespring.account.model;

import org.jspecify.annotations.NullMarked;

package io.github.seatablespring.account.model;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A sharing link of a base or a view.
 *
 * @param url the link
 * @param token its token, the last part of the URL
 * @param custom whether the token was chosen rather than generated
 * @param permission what the link allows, for example {@code read-only}
 * @param expired whether it expired
 * @param expiresAt when it expires, if ever
 */
public record ExternalLink(String url, String token, boolean custom, String permission, boolean expired,
		@Nullable OffsetDateTime expiresAt) {
}

package io.github.seatablespring.test.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.seatablespring.test.store.EmulatedError;
import io.github.seatablespring.test.store.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The emulator's credentials: API tokens (per base, read-write or read-only) and the base
 * tokens (JWTs) they are exchanged for. Expired base tokens answer 403
 * {@code "Token expired."}, as the official SDKs expect, or 401 when
 * {@link #expiredStatus(int)} says so.
 */
public final class Tokens {

	private final Jwt jwt = new Jwt();

	private final Clock clock;

	private final Map<String, ApiToken> apiTokens = new ConcurrentHashMap<>();

	private final Set<String> issued = ConcurrentHashMap.newKeySet();

	private final Set<String> expired = ConcurrentHashMap.newKeySet();

	private volatile int expiredStatus = 403;

	public Tokens(Clock clock) {
		this.clock = clock;
	}

	/**
	 * An API token's grant.
	 *
	 * @param baseUuid the base it opens
	 * @param readOnly whether it may only read
	 * @param appName the app name SeaTable reports for it
	 */
	public record ApiToken(String baseUuid, boolean readOnly, String appName) {
	}

	/**
	 * What a valid base token grants.
	 *
	 * @param baseUuid the base it opens
	 * @param readOnly whether it may only read
	 */
	public record Grant(String baseUuid, boolean readOnly) {
	}

	public String createApiToken(String baseUuid, boolean readOnly) {
		String token = Ids.apiToken();
		this.apiTokens.put(token, new ApiToken(baseUuid, readOnly, readOnly ? "emulator-read-only" : "emulator"));
		return token;
	}

	/**
	 * The API token of an {@code Authorization: Token <api-token>} header, or
	 * {@code null}.
	 */
	public @Nullable ApiToken apiToken(@Nullable String authorization) {
		String token = credential(authorization);
		return (token != null) ? this.apiTokens.get(token) : null;
	}

	public String issue(ApiToken apiToken, Instant expiresAt) {
		String token = this.jwt.issue(apiToken.baseUuid(), apiToken.appName(), apiToken.readOnly(), expiresAt);
		this.issued.add(token);
		return token;
	}

	/**
	 * Checks a base token sent as {@code Token <jwt>} or {@code Bearer <jwt>} for the
	 * base {@code uuid}.
	 */
	public Grant verify(String uuid, @Nullable String authorization) {
		String token = credential(authorization);
		Map<String, Object> claims = (token != null) ? this.jwt.verify(token) : null;
		if (claims == null || !uuid.equals(claims.get("dtable_uuid"))) {
			throw new EmulatedError(403, "error_msg", "Authentication credentials were not provided.");
		}
		if (this.expired.contains(token) || !(claims.get("exp") instanceof Number exp)
				|| !this.clock.instant().isBefore(Instant.ofEpochSecond(exp.longValue()))) {
			throw new EmulatedError(this.expiredStatus, "error_msg", "Token expired.");
		}
		return new Grant(uuid, !"rw".equals(claims.get("permission")));
	}

	/** Makes every base token issued so far invalid. */
	public void expireAll() {
		this.expired.addAll(this.issued);
	}

	/** The status an expired base token gets: 403 (SeaTable's usual answer) or 401. */
	public void expiredStatus(int status) {
		if (status != 401 && status != 403) {
			throw new IllegalArgumentException("an expired token is answered with 401 or 403, not " + status);
		}
		this.expiredStatus = status;
	}

	/** Forgets the API tokens of a base. */
	/** Makes one API token invalid (deleted through the account operations). */
	public void revoke(String apiToken) {
		this.apiTokens.remove(apiToken);
	}

	public void removeBase(String uuid) {
		this.apiTokens.values().removeIf((token) -> token.baseUuid().equals(uuid));
	}

	private static @Nullable String credential(@Nullable String authorization) {
		if (authorization == null) {
			return null;
		}
		String value = authorization.trim();
		for (String scheme : new String[] { "Token ", "Bearer " }) {
			if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
				return value.substring(scheme.length()).trim();
			}
		}
		return null;
	}

}

package io.github.seatablespring.test.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.seatablespring.test.json.Json;
import io.github.seatablespring.test.store.Ids;
import org.jspecify.annotations.Nullable;

/** Issues and verifies HS256 base tokens signed with a random per-emulator key. */
public final class Jwt {

	private static final String HEADER = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

	private final byte[] key = Ids.bytes(32);

	public String issue(String baseUuid, String appName, boolean readOnly, Instant expiresAt) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("exp", expiresAt.getEpochSecond());
		claims.put("dtable_uuid", baseUuid);
		claims.put("username", "");
		claims.put("permission", readOnly ? "r" : "rw");
		claims.put("app_name", appName);
		// Unique per token, so that tokens issued within the same second differ.
		claims.put("jti", Ids.rowId());
		String unsigned = HEADER + "." + encode(Json.write(claims).getBytes(StandardCharsets.UTF_8));
		return unsigned + "." + encode(sign(unsigned));
	}

	/**
	 * The token's claims when its signature is valid, else {@code null}. Expiry is
	 * checked by the caller.
	 */
	@SuppressWarnings("unchecked")
	public @Nullable Map<String, Object> verify(String token) {
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			return null;
		}
		try {
			byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
			if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
				return null;
			}
			Object claims = Json.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
			return (claims instanceof Map) ? (Map<String, Object>) claims : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private byte[] sign(String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(content.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static String encode(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}

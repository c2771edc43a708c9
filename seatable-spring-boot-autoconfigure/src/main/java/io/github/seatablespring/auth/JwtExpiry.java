package io.github.seatablespring.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the {@code exp} claim of a JWT without checking its signature: the client only
 * needs to know when to refresh; the server remains the judge of validity.
 */
public final class JwtExpiry {

	private static final JsonMapper JSON = JsonMapper.shared();

	private JwtExpiry() {
	}

	public static Optional<Instant> of(String jwt) {
		String[] parts = jwt.split("\\.");
		if (parts.length < 2) {
			return Optional.empty();
		}
		try {
			byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
			JsonNode exp = JSON.readTree(new String(payload, StandardCharsets.UTF_8)).path("exp");
			return exp.isNumber() ? Optional.of(Instant.ofEpochSecond(exp.longValue())) : Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}

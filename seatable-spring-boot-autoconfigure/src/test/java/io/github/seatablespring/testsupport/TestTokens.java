package io.github.seatablespring.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Tokens as SeaTable issues them, for tests. */
public final class TestTokens {

	/** A 40-character API token, as SeaTable shows it in a base's API token dialog. */
	public static final String API_TOKEN = "0f5b8e2a7c9d41e3b6a8f0c2d4e6a8b0c2d4e6f8";

	/** The base UUID the stubbed token endpoint returns. */
	public static final String BASE_UUID = "650d8a0d-7e27-46a8-8b18-6cc6f3db2057";

	private TestTokens() {
	}

	/**
	 * An unsigned JWT whose payload carries {@code exp}; the client never checks the
	 * signature.
	 */
	public static String jwt(Instant expiresAt, String subject) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		String header = encoder.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
		String payload = encoder
			.encodeToString(("{\"exp\":" + expiresAt.getEpochSecond() + ",\"dtable_uuid\":\"" + BASE_UUID
					+ "\",\"username\":\"" + subject + "\",\"permission\":\"rw\"}")
				.getBytes(StandardCharsets.UTF_8));
		return header + "." + payload + ".c2lnbmF0dXJl";
	}

	/**
	 * The JSON body of {@code GET /api/v2.1/dtable/app-access-token/}, shaped as the
	 * spec's example.
	 */
	public static String tokenResponse(String jwt, String baseUuid) {
		return "{\"app_name\":\"tests\",\"access_token\":\"" + jwt + "\",\"dtable_uuid\":\"" + baseUuid
				+ "\",\"dtable_server\":\"http://localhost/api-gateway/\",\"workspace_id\":20,"
				+ "\"use_api_gateway\":true,\"dtable_name\":\"Test base\"}";
	}

}

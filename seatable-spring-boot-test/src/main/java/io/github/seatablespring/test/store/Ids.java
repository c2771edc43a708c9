package io.github.seatablespring.test.store;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;

/** Random identifiers shaped like SeaTable's. */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private Ids() {
	}

	/** 22 URL-safe characters, like {@code Bko1e60YT-egit2SljWSZA}. */
	public static String rowId() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(16));
	}

	/** 40 hex characters, like a SeaTable API token. */
	public static String apiToken() {
		return HexFormat.of().formatHex(bytes(20));
	}

	/** A 4-character table id or column key not in {@code existing}. */
	public static String uniqueKey(Collection<String> existing) {
		while (true) {
			StringBuilder key = new StringBuilder();
			for (int i = 0; i < 4; i++) {
				key.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
			}
			if (!existing.contains(key.toString())) {
				return key.toString();
			}
		}
	}

	public static byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}

package io.github.seatablespring.test.account;

import org.jspecify.annotations.Nullable;

/**
 * An answer of the emulated account: status and JSON body.
 *
 * @param status the HTTP status
 * @param body the value sent as JSON
 */
public record AccountAnswer(int status, @Nullable Object body) {

	static AccountAnswer ok(Object body) {
		return new AccountAnswer(200, body);
	}

	static AccountAnswer error(int status, String key, String message) {
		return new AccountAnswer(status, java.util.Map.of(key, message));
	}

}

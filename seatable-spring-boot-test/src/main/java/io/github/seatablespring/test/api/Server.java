package io.github.seatablespring.test.api;

import java.time.Clock;

import io.github.seatablespring.test.auth.Tokens;
import io.github.seatablespring.test.store.BaseStore;
import org.jspecify.annotations.Nullable;

/** What handlers may ask of the emulator beyond their call's base. */
public interface Server {

	/** {@code http://127.0.0.1:<port>}. */
	String serverUrl();

	Clock clock();

	Tokens tokens();

	@Nullable BaseStore base(String uuid);

	/** Base token exchanges allowed per API token in any 60 s window. */
	int tokenExchangesPerMinute();

}

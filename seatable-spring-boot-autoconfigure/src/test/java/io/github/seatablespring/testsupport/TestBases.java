package io.github.seatablespring.testsupport;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.github.seatablespring.autoconfigure.SeaTableBaseSettings;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.RowValidation;
import io.github.seatablespring.core.SeaTableTemplate;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

/** Builds template stacks for tests, the way the auto-configuration does. */
public final class TestBases {

	private TestBases() {
	}

	/**
	 * Default settings (300/min, 5000/day, 3 attempts on 429) for a base on
	 * {@code serverUrl}, with row validation off, so that tests of the requests need no
	 * metadata stub.
	 */
	public static SeaTableBaseSettings settings(String serverUrl) {
		return settings(serverUrl, RowValidation.DISABLED);
	}

	/** Default settings with the given row validation. */
	public static SeaTableBaseSettings settings(String serverUrl, RowValidation validation) {
		return new SeaTableBaseSettings("test", URI.create(serverUrl), TestTokens.API_TOKEN, Duration.ofSeconds(10),
				Duration.ofMinutes(5), true, 300, 5000, Duration.ofMinutes(1), 3, validation);
	}

	/**
	 * A factory with a plain {@code WebClient.Builder}, Jackson's default mapper and the
	 * given clock.
	 */
	public static SeaTableTemplateFactory factory(Clock clock) {
		return new SeaTableTemplateFactory(WebClient.builder(), List.of(), JsonMapper.shared(), clock);
	}

	/**
	 * The reactive template of a base on {@code serverUrl} with default settings and the
	 * system clock.
	 */
	public static ReactiveSeaTableTemplate reactiveTemplate(String serverUrl) {
		return factory(Clock.systemUTC()).create(settings(serverUrl)).template();
	}

	/**
	 * The blocking template of a base on {@code serverUrl} that validates rows as given,
	 * on {@code clock}.
	 */
	public static SeaTableTemplate template(String serverUrl, RowValidation validation, Clock clock) {
		return new SeaTableTemplate(factory(clock).create(settings(serverUrl, validation)).template());
	}

	/**
	 * The blocking template of a base on {@code serverUrl} with default settings and the
	 * system clock.
	 */
	public static SeaTableTemplate template(String serverUrl) {
		return new SeaTableTemplate(reactiveTemplate(serverUrl));
	}

}

package io.github.seatablespring.http;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.seatablespring.autoconfigure.SeaTableBaseSettings;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.RowValidation;
import io.github.seatablespring.testsupport.RecordingConnector;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestTokens;
import io.github.seatablespring.testsupport.VirtualTimeClock;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The full client stack of a test base on WireMock, meant to be built inside a
 * {@code StepVerifier.withVirtualTime} supplier so that retry back-offs and quota delays
 * run on virtual time. The {@link RecordingConnector} records when each attempt went on
 * the wire.
 */
final class VirtualTimeStack {

	static final String ROW_ID = "Bko1e60YT-egit2SljWSZA";

	static final String ROW_PATH = SeaTableStubs.GATEWAY + "/rows/" + ROW_ID + "/";

	static final String ROWS_PATH = SeaTableStubs.GATEWAY + "/rows/";

	private VirtualTimeStack() {
	}

	/** Stubs the token endpoint; call before the stack sends anything. */
	static void stubToken(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
	}

	/**
	 * Stubs the token endpoint, and GET of row {@link #ROW_ID} to answer {@code first}
	 * once and then the row {@code {"_id":ROW_ID,"Name":"a row"}}.
	 */
	static void stubRowAfter(WireMockRuntimeInfo wm, ResponseDefinitionBuilder first) {
		stubToken(wm);
		wm.getWireMock()
			.register(get(urlPathEqualTo(ROW_PATH)).inScenario("row")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(first)
				.willSetStateTo("answered"));
		wm.getWireMock()
			.register(get(urlPathEqualTo(ROW_PATH)).inScenario("row")
				.whenScenarioStateIs("answered")
				.willReturn(okJson("{\"_id\":\"" + ROW_ID + "\",\"Name\":\"a row\"}")));
	}

	/**
	 * A template with the default limits and {@code attempts} attempts per request; rows
	 * are not validated, so that writes send only the request under test.
	 */
	static ReactiveSeaTableTemplate template(WireMockRuntimeInfo wm, RecordingConnector connector, int attempts) {
		SeaTableBaseSettings settings = new SeaTableBaseSettings("test", URI.create(wm.getHttpBaseUrl()),
				TestTokens.API_TOKEN, Duration.ofSeconds(10), Duration.ofMinutes(5), true, 300, 5000,
				Duration.ofMinutes(1), attempts, RowValidation.DISABLED);
		return new SeaTableTemplateFactory(WebClient.builder().clientConnector(connector), List.of(),
				JsonMapper.shared(), new VirtualTimeClock())
			.create(settings)
			.template();
	}

}

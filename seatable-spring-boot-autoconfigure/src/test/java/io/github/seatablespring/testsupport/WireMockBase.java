package io.github.seatablespring.testsupport;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.SeaTableTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The test base on a {@code @WireMockTest} server, made in {@code @BeforeEach}: the token
 * endpoint answers with a JWT valid for three days, and the templates (default settings,
 * system clock) are built on first use, each once per test.
 */
public final class WireMockBase {

	private final WireMock wireMock;

	private final String url;

	private final String jwt;

	private SeaTableTemplate template;

	private ReactiveSeaTableTemplate reactive;

	public WireMockBase(WireMockRuntimeInfo wm) {
		this.wireMock = wm.getWireMock();
		this.url = wm.getHttpBaseUrl();
		this.jwt = SeaTableStubs.stubToken(this.wireMock, Instant.now().plus(3, ChronoUnit.DAYS));
	}

	/** The WireMock client, to register stubs and verify requests. */
	public WireMock wireMock() {
		return this.wireMock;
	}

	/** The server URL, for templates a test builds with other settings. */
	public String url() {
		return this.url;
	}

	/**
	 * The JWT the token endpoint hands out, expected in {@code Authorization: Bearer}.
	 */
	public String jwt() {
		return this.jwt;
	}

	/** The JSON bodies of the requests received that match {@code requests}, in order. */
	public List<JsonNode> bodies(RequestPatternBuilder requests) {
		return TestRows.bodies(this.wireMock.find(requests));
	}

	/** The blocking template ({@link TestBases#template(String)}). */
	public SeaTableTemplate template() {
		if (this.template == null) {
			this.template = TestBases.template(this.url);
		}
		return this.template;
	}

	/**
	 * The reactive template ({@link TestBases#reactiveTemplate(String)}), a stack of its
	 * own.
	 */
	public ReactiveSeaTableTemplate reactive() {
		if (this.reactive == null) {
			this.reactive = TestBases.reactiveTemplate(this.url);
		}
		return this.reactive;
	}

}

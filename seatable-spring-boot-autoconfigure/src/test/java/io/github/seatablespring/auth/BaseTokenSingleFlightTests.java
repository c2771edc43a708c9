package io.github.seatablespring.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.model.Metadata;
import io.github.seatablespring.testsupport.MutableClock;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Concurrent callers share one token exchange, both the first one and a refresh. */
@WireMockTest
class BaseTokenSingleFlightTests {

	private static final String METADATA = "{\"metadata\":{\"tables\":[],\"version\":7}}";

	/** Long enough that every caller subscribes while the exchange is still in flight. */
	private static final int TOKEN_DELAY_MILLIS = 400;

	private final MutableClock clock = MutableClock.atFixedInstant();

	@Test
	void concurrentFirstCallsCauseOneTokenExchange(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		String jwt = stubSlowTokenAndMetadata(wireMock);
		ReactiveSeaTableTemplate template = template(wm);

		List<Metadata> results = concurrently(template, 64);

		assertThat(results).hasSize(64).allSatisfy((metadata) -> assertThat(metadata.version()).isEqualTo(7));
		wireMock.verifyThat(1, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(64, getRequestedFor(SeaTableStubs.gateway("/metadata/")));
		wireMock.verifyThat(64, getRequestedFor(SeaTableStubs.gateway("/metadata/")).withHeader("Authorization",
				equalTo("Bearer " + jwt)));
	}

	@Test
	void concurrentCallsShareOneRefresh(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		Instant firstExpiry = this.clock.instant().plus(Duration.ofDays(3));
		String first = TestTokens.jwt(firstExpiry, "first");
		String second = TestTokens.jwt(firstExpiry.plus(Duration.ofDays(3)), "second");
		wireMock.register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH)).inScenario("refresh")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("refreshed")
			.willReturn(okJson(TestTokens.tokenResponse(first, TestTokens.BASE_UUID))));
		wireMock.register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH)).inScenario("refresh")
			.whenScenarioStateIs("refreshed")
			.willReturn(
					okJson(TestTokens.tokenResponse(second, TestTokens.BASE_UUID)).withFixedDelay(TOKEN_DELAY_MILLIS)));
		wireMock.register(get(SeaTableStubs.gateway("/metadata/")).willReturn(okJson(METADATA)));
		ReactiveSeaTableTemplate template = template(wm);
		template.getMetadata().block(Duration.ofSeconds(10));

		// default refresh-before-expiry is 5 minutes
		this.clock.set(firstExpiry.minus(Duration.ofMinutes(4)));
		List<Metadata> results = concurrently(template, 20);

		assertThat(results).hasSize(20);
		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(21, getRequestedFor(SeaTableStubs.gateway("/metadata/")));
		wireMock.verifyThat(20, getRequestedFor(SeaTableStubs.gateway("/metadata/")).withHeader("Authorization",
				equalTo("Bearer " + second)));
	}

	@Test
	void callersThatWaitedForTheTokenDoNotAllSendFromTheEventLoopThatReceivedIt(WireMockRuntimeInfo wm) {
		stubSlowTokenAndMetadata(wm.getWireMock());
		// the connector is where Reactor Netty picks the event loop of a new connection:
		// the one it is called on
		Queue<String> gatewaySenders = new ConcurrentLinkedQueue<>();
		ClientHttpConnector connector = new ReactorClientHttpConnector();
		ClientHttpConnector recording = (method, uri, request) -> {
			if (uri.getPath().startsWith(SeaTableStubs.GATEWAY)) {
				gatewaySenders.add(Thread.currentThread().getName());
			}
			return connector.connect(method, uri, request);
		};
		ReactiveSeaTableTemplate template = new SeaTableTemplateFactory(WebClient.builder().clientConnector(recording),
				List.of(), JsonMapper.shared(), this.clock)
			.create(TestBases.settings(wm.getHttpBaseUrl()))
			.template();

		assertThat(concurrently(template, 16)).hasSize(16);

		// on one event loop, all sixteen connections (and every later answer on them)
		// would be served by that loop alone
		assertThat(gatewaySenders).hasSize(16)
			.allSatisfy((thread) -> assertThat(thread).doesNotStartWith("reactor-http-"));
	}

	/**
	 * A token answered after {@link #TOKEN_DELAY_MILLIS}, and the metadata; the token.
	 */
	private String stubSlowTokenAndMetadata(WireMock wireMock) {
		String jwt = TestTokens.jwt(this.clock.instant().plus(Duration.ofDays(3)), "first");
		wireMock.register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH)).willReturn(
				okJson(TestTokens.tokenResponse(jwt, TestTokens.BASE_UUID)).withFixedDelay(TOKEN_DELAY_MILLIS)));
		wireMock.register(get(SeaTableStubs.gateway("/metadata/")).willReturn(okJson(METADATA)));
		return jwt;
	}

	private static List<Metadata> concurrently(ReactiveSeaTableTemplate template, int callers) {
		// each caller subscribes on its own worker, as independent application threads
		// would
		return Flux.range(0, callers)
			.flatMap((i) -> template.getMetadata().subscribeOn(Schedulers.parallel()), callers)
			.collectList()
			.block(Duration.ofSeconds(20));
	}

	private ReactiveSeaTableTemplate template(WireMockRuntimeInfo wm) {
		return TestBases.factory(this.clock).create(TestBases.settings(wm.getHttpBaseUrl())).template();
	}

}

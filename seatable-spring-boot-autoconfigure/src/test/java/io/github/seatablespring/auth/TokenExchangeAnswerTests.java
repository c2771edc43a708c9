package io.github.seatablespring.auth;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.testsupport.MutableClock;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An unreadable answer from the token exchange is a
 * {@link SeaTableMalformedResponseException} naming the token path, never a decoder's
 * exception; an answer cut mid-way is retried like a reset.
 */
@WireMockTest
class TokenExchangeAnswerTests {

	private final MutableClock clock = MutableClock.atFixedInstant();

	@Test
	void invalidJsonIsMalformed(WireMockRuntimeInfo wm) {
		assertMalformed(wm, okJson("{\"access_token\": \"eyJ"));
	}

	@Test
	void htmlPageIsMalformed(WireMockRuntimeInfo wm) {
		assertMalformed(wm,
				aResponse().withStatus(200)
					.withHeader("Content-Type", "text/html")
					.withBody("<html><body>Sign in</body></html>"));
	}

	@Test
	void answerCutMidBodyIsRetried(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		String jwt = TestTokens.jwt(this.clock.instant().plus(Duration.ofDays(3)), "tests");
		wireMock.register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH)).inScenario("token")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("healed")
			.willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
		wireMock.register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH)).inScenario("token")
			.whenScenarioStateIs("healed")
			.willReturn(okJson(TestTokens.tokenResponse(jwt, TestTokens.BASE_UUID))));
		wireMock
			.register(get(SeaTableStubs.gateway("/metadata/")).willReturn(okJson("{\"metadata\":{\"tables\":[]}}")));

		assertThat(template(wm).getMetadata().block(Duration.ofSeconds(10)).tables()).isEmpty();

		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(1, anyRequestedFor(urlPathMatching("/api-gateway/.*")));
	}

	private void assertMalformed(WireMockRuntimeInfo wm, ResponseDefinitionBuilder answer) {
		WireMock wireMock = wm.getWireMock();
		wireMock.register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH)).willReturn(answer));

		Throwable ex = catchThrowable(() -> template(wm).getMetadata().block(Duration.ofSeconds(10)));

		assertThat(ex).isExactlyInstanceOf(SeaTableMalformedResponseException.class);
		SeaTableMalformedResponseException malformed = (SeaTableMalformedResponseException) ex;
		assertThat(malformed.getStatus()).hasValue(200);
		assertThat(malformed.getMethod()).isEqualTo("GET");
		assertThat(malformed.getPath()).isEqualTo(SeaTableStubs.TOKEN_PATH);
		assertThat(malformed.getMessage()).doesNotContain(TestTokens.API_TOKEN);
		wireMock.verifyThat(1, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(0, anyRequestedFor(urlPathMatching("/api-gateway/.*")));
	}

	private ReactiveSeaTableTemplate template(WireMockRuntimeInfo wm) {
		return TestBases.factory(this.clock).create(TestBases.settings(wm.getHttpBaseUrl())).template();
	}

}

package io.github.seatablespring.auth;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableAuthenticationException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.testsupport.MutableClock;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A failing token exchange gives a clear exception without the API token, and is not
 * cached.
 */
@WireMockTest
class TokenEndpointFailureTests {

	private static final String METADATA = "{\"metadata\":{\"tables\":[]}}";

	private final MutableClock clock = MutableClock.atFixedInstant();

	@ParameterizedTest
	@ValueSource(ints = { 401, 403 })
	void rejectedApiTokenFailsWithHintAndIsRetriedOnNextCall(int status, WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		wireMock.register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH)).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\":\"Invalid token\"}")));
		ReactiveSeaTableTemplate template = template(wm);

		SeaTableAuthenticationException ex = catchThrowableOfType(SeaTableAuthenticationException.class,
				() -> template.getMetadata().block());

		assertThat(ex.getStatus()).hasValue(status);
		assertThat(ex.getMethod()).isEqualTo("GET");
		assertThat(ex.getPath()).isEqualTo(SeaTableStubs.TOKEN_PATH);
		assertThat(ex.getMessage()).contains("seatable.api-token").doesNotContain(TestTokens.API_TOKEN);
		assertThat(ex).hasToString(ex.getClass().getName() + ": " + ex.getMessage());
		wireMock.verifyThat(1, SeaTableStubs.tokenRequests());

		// the failure is not cached: once the token endpoint works, the next call
		// succeeds
		String jwt = SeaTableStubs.stubToken(wireMock, this.clock.instant().plus(Duration.ofDays(3)));
		wireMock.register(get(SeaTableStubs.gateway("/metadata/")).willReturn(okJson(METADATA)));
		template.getMetadata().block();

		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/metadata/")).withHeader("Authorization",
				equalTo("Bearer " + jwt)));
	}

	@Test
	void failedFetchIsRetriedByEveryCall(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		wireMock.register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH)).willReturn(aResponse().withStatus(401)));
		ReactiveSeaTableTemplate template = template(wm);

		for (int i = 0; i < 2; i++) {
			catchThrowableOfType(SeaTableAuthenticationException.class, () -> template.getMetadata().block());
		}

		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(0, anyRequestedFor(urlPathMatching("/api-gateway/.*")));
	}

	@Test
	void serverWithoutApiGatewayIsReported(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		String jwt = TestTokens.jwt(this.clock.instant().plus(Duration.ofDays(3)), "tests");
		wireMock.register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH))
			.willReturn(okJson(TestTokens.tokenResponse(jwt, TestTokens.BASE_UUID)
				.replace("\"use_api_gateway\":true", "\"use_api_gateway\":false"))));

		SeaTableException ex = catchThrowableOfType(SeaTableException.class, () -> template(wm).getMetadata().block());

		assertThat(ex.getMessage()).contains("API gateway").contains("5.3").doesNotContain(jwt, TestTokens.API_TOKEN);
		assertThat(ex.getPath()).isEqualTo(SeaTableStubs.TOKEN_PATH);
		wireMock.verifyThat(0, anyRequestedFor(urlPathMatching("/api-gateway/.*")));
	}

	@Test
	void successWithoutAccessTokenIsMalformed(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		wireMock.register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH)).willReturn(okJson(
				"{\"app_name\":\"tests\",\"dtable_uuid\":\"" + TestTokens.BASE_UUID + "\",\"use_api_gateway\":true}")));

		SeaTableMalformedResponseException ex = catchThrowableOfType(SeaTableMalformedResponseException.class,
				() -> template(wm).getMetadata().block());

		assertThat(ex.getMessage()).contains("access_token").doesNotContain(TestTokens.API_TOKEN);
		assertThat(ex.getPath()).isEqualTo(SeaTableStubs.TOKEN_PATH);
		wireMock.verifyThat(1, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(0, anyRequestedFor(urlPathMatching("/api-gateway/.*")));
	}

	@Test
	void successWithEmptyBodyIsMalformed(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		wireMock.register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")));

		catchThrowableOfType(SeaTableMalformedResponseException.class, () -> template(wm).getMetadata().block());

		wireMock.verifyThat(0, anyRequestedFor(urlPathMatching("/api-gateway/.*")));
	}

	private ReactiveSeaTableTemplate template(WireMockRuntimeInfo wm) {
		return TestBases.factory(this.clock).create(TestBases.settings(wm.getHttpBaseUrl())).template();
	}

}

package io.github.seatablespring.auth;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.testsupport.MutableClock;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token endpoint's answer becomes a {@link BaseToken} that never prints its access
 * token.
 */
@WireMockTest
class BaseTokenResponseTests {

	/**
	 * Same shape as the recorded answer of a real server (test_getBaseTokenWithApiToken),
	 * whose values the recording masked with their type names: even then the answer
	 * parses.
	 */
	private static final String RECORDED_SHAPE = """
			{
			  "access_token": "str",
			  "app_name": "str",
			  "dtable_name": "str",
			  "dtable_server": "str",
			  "dtable_uuid": "str",
			  "use_api_gateway": "bool",
			  "workspace_id": "int"
			}""";

	private final MutableClock clock = MutableClock.atFixedInstant();

	@Test
	void recordedResponseShapeParses(WireMockRuntimeInfo wm) {
		wm.getWireMock().register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH)).willReturn(okJson(RECORDED_SHAPE)));

		BaseToken token = provider(wm).getToken().block();

		assertThat(token.accessToken()).isEqualTo("str");
		assertThat(token.baseUuid()).isEqualTo("str");
		assertThat(token.baseName()).isEqualTo("str");
		assertThat(token.workspaceId()).isEqualTo("int");
		// "str" is not a JWT, so the token is given SeaTable's three-day lifetime
		assertThat(token.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(3)));
	}

	@Test
	void recordedResponseShapeDrivesGatewayPath(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		wireMock.register(get(urlPathEqualTo(SeaTableStubs.TOKEN_PATH)).willReturn(okJson(RECORDED_SHAPE)));
		wireMock.register(get(urlPathEqualTo("/api-gateway/api/v2/dtables/str/metadata/"))
			.willReturn(okJson("{\"metadata\":{\"tables\":[]}}")));
		ReactiveSeaTableTemplate template = TestBases.factory(this.clock)
			.create(TestBases.settings(wm.getHttpBaseUrl()))
			.template();

		template.getMetadata().block();

		wireMock.verifyThat(1, getRequestedFor(urlPathEqualTo("/api-gateway/api/v2/dtables/str/metadata/"))
			.withHeader("Authorization", equalTo("Bearer str")));
	}

	@Test
	void specResponseParses(WireMockRuntimeInfo wm) {
		Instant exp = this.clock.instant().plus(Duration.ofDays(3));
		String jwt = SeaTableStubs.stubToken(wm.getWireMock(), exp);

		BaseToken token = provider(wm).getToken().block();

		assertThat(token.accessToken()).isEqualTo(jwt);
		assertThat(token.baseUuid()).isEqualTo(TestTokens.BASE_UUID);
		assertThat(token.baseName()).isEqualTo("Test base");
		assertThat(token.workspaceId()).isEqualTo("20");
		assertThat(token.expiresAt()).isEqualTo(exp);
		wm.getWireMock()
			.verifyThat(1, SeaTableStubs.tokenRequests()
				.withHeader("Authorization", equalTo("Token " + TestTokens.API_TOKEN)));
	}

	@Test
	void toStringRedactsAccessToken() {
		String jwt = TestTokens.jwt(this.clock.instant().plus(Duration.ofDays(3)), "tests");
		BaseToken token = new BaseToken(jwt, TestTokens.BASE_UUID, "Test base", "20", this.clock.instant());

		assertThat(token.toString()).doesNotContain(jwt)
			.doesNotContain(jwt.substring(jwt.indexOf('.') + 1, jwt.lastIndexOf('.')))
			.contains(TestTokens.BASE_UUID)
			.contains("<redacted>");
	}

	private ApiTokenBaseTokenProvider provider(WireMockRuntimeInfo wm) {
		return new ApiTokenBaseTokenProvider(WebClient.create(wm.getHttpBaseUrl()), TestTokens.API_TOKEN,
				Duration.ofMinutes(5), this.clock);
	}

}

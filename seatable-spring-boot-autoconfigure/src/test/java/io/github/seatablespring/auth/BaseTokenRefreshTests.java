package io.github.seatablespring.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.testsupport.MutableClock;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base token is cached until {@code refreshBeforeExpiry} before it expires, judged by
 * the injected clock.
 */
@WireMockTest
class BaseTokenRefreshTests {

	private static final String METADATA = "{\"metadata\":{\"tables\":[]}}";

	/**
	 * The default {@code seatable.token.refresh-before-expiry}, as in
	 * {@link TestBases#settings(String)}.
	 */
	private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

	private final MutableClock clock = MutableClock.atFixedInstant();

	@Test
	void tokenIsCachedUntilRefreshTimeThenReplacedAndTheNewBearerIsSent(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		Instant expiry = this.clock.instant().plus(Duration.ofDays(3));
		String first = TestTokens.jwt(expiry, "first");
		String second = TestTokens.jwt(expiry.plus(Duration.ofDays(3)), "second");
		SeaTableStubs.stubTokenSequence(wireMock, first, second);
		wireMock.register(get(SeaTableStubs.gateway("/metadata/")).willReturn(okJson(METADATA)));
		ReactiveSeaTableTemplate template = template(wm);

		template.getMetadata().block();
		this.clock.set(expiry.minus(REFRESH_BEFORE_EXPIRY).minusSeconds(1));
		template.getMetadata().block();

		wireMock.verifyThat(1, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(2, getRequestedFor(SeaTableStubs.gateway("/metadata/")).withHeader("Authorization",
				equalTo("Bearer " + first)));

		this.clock.set(expiry.minus(REFRESH_BEFORE_EXPIRY));
		template.getMetadata().block();

		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(3, getRequestedFor(SeaTableStubs.gateway("/metadata/")));
		wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/metadata/")).withHeader("Authorization",
				equalTo("Bearer " + second)));

		// the new token is cached in turn
		template.getMetadata().block();
		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
	}

	@ParameterizedTest
	@MethodSource("tokensWithoutReadableExp")
	void tokenWithoutReadableExpiryLivesThreeDays(String accessToken, WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		SeaTableStubs.stubTokenSequence(wireMock, accessToken);
		wireMock.register(get(SeaTableStubs.gateway("/metadata/")).willReturn(okJson(METADATA)));
		ReactiveSeaTableTemplate template = template(wm);
		Instant issued = this.clock.instant();

		template.getMetadata().block();
		this.clock.set(issued.plus(Duration.ofDays(3)).minus(REFRESH_BEFORE_EXPIRY).minusSeconds(1));
		template.getMetadata().block();
		wireMock.verifyThat(1, SeaTableStubs.tokenRequests());

		this.clock.advance(Duration.ofSeconds(1));
		template.getMetadata().block();
		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(3, getRequestedFor(SeaTableStubs.gateway("/metadata/")).withHeader("Authorization",
				equalTo("Bearer " + accessToken)));
	}

	@Test
	void expiryIsTheJwtExpClaim(WireMockRuntimeInfo wm) {
		Instant exp = this.clock.instant().plus(Duration.ofHours(7));
		SeaTableStubs.stubTokenSequence(wm.getWireMock(), TestTokens.jwt(exp, "tests"));

		BaseToken token = provider(wm).getToken().block();

		assertThat(token.expiresAt()).isEqualTo(exp);
	}

	@ParameterizedTest
	@MethodSource("tokensWithoutReadableExp")
	void expiryWithoutReadableExpIsThreeDaysAfterIssue(String accessToken, WireMockRuntimeInfo wm) {
		SeaTableStubs.stubTokenSequence(wm.getWireMock(), accessToken);

		BaseToken token = provider(wm).getToken().block();

		assertThat(token.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(3)));
	}

	static String[] tokensWithoutReadableExp() {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		String header = encoder.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
		return new String[] { "opaque-token-without-dots",
				header + "." + encoder.encodeToString("{\"sub\":\"no exp\"}".getBytes(StandardCharsets.UTF_8)) + ".sig",
				header + "." + encoder.encodeToString("{\"exp\":\"soon\"}".getBytes(StandardCharsets.UTF_8)) + ".sig",
				header + ".%%not-base64%%.sig", header + "." + encoder.encodeToString("not json".getBytes()) + ".sig" };
	}

	private ApiTokenBaseTokenProvider provider(WireMockRuntimeInfo wm) {
		return new ApiTokenBaseTokenProvider(WebClient.create(wm.getHttpBaseUrl()), TestTokens.API_TOKEN,
				REFRESH_BEFORE_EXPIRY, this.clock);
	}

	private ReactiveSeaTableTemplate template(WireMockRuntimeInfo wm) {
		return TestBases.factory(this.clock).create(TestBases.settings(wm.getHttpBaseUrl())).template();
	}

}

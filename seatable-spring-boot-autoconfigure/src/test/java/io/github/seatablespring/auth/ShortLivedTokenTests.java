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

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

/**
 * A base token living shorter than {@code refresh-before-expiry} (5 minutes in the test
 * settings) is refreshed at half its lifetime, not on every call.
 */
@WireMockTest
class ShortLivedTokenTests {

	private final MutableClock clock = MutableClock.atFixedInstant();

	@Test
	void tokenOfTwoMinutesIsKeptForOneMinute(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		Instant issued = this.clock.instant();
		String first = TestTokens.jwt(issued.plus(Duration.ofMinutes(2)), "first");
		String second = TestTokens.jwt(issued.plus(Duration.ofMinutes(4)), "second");
		SeaTableStubs.stubTokenSequence(wireMock, first, second);
		wireMock
			.register(get(SeaTableStubs.gateway("/metadata/")).willReturn(okJson("{\"metadata\":{\"tables\":[]}}")));
		ReactiveSeaTableTemplate template = TestBases.factory(this.clock)
			.create(TestBases.settings(wm.getHttpBaseUrl()))
			.template();

		for (int call = 0; call < 3; call++) {
			template.getMetadata().block(Duration.ofSeconds(10));
		}
		this.clock.advance(Duration.ofSeconds(59));
		template.getMetadata().block(Duration.ofSeconds(10));

		wireMock.verifyThat(1, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(4, getRequestedFor(SeaTableStubs.gateway("/metadata/")).withHeader("Authorization",
				equalTo("Bearer " + first)));

		this.clock.advance(Duration.ofSeconds(1));
		template.getMetadata().block(Duration.ofSeconds(10));

		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/metadata/")).withHeader("Authorization",
				equalTo("Bearer " + second)));
	}

}

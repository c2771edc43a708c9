package io.github.seatablespring.autoconfigure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableQuotaExceededException;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.ratelimit.RateWindow;
import io.github.seatablespring.ratelimit.QuotaLimiter;
import io.github.seatablespring.testsupport.SeaTableStubs;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Bases under {@code seatable.bases} have their own token and their own quota. */
@WireMockTest
class SeaTableMultipleBasesTests {

	private static final String TOKEN_A = "aaaa1111aaaa1111aaaa1111aaaa1111aaaa1111";

	private static final String TOKEN_B = "bbbb2222bbbb2222bbbb2222bbbb2222bbbb2222";

	private static final String UUID_A = "11111111-aaaa-4aaa-8aaa-111111111111";

	private static final String UUID_B = "22222222-bbbb-4bbb-8bbb-222222222222";

	@Test
	void spentDailyQuotaOfOneBaseLeavesTheOtherWorking(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		Instant expiry = Instant.now().plus(3, ChronoUnit.DAYS);
		String jwtA = SeaTableStubs.stubToken(wireMock, TOKEN_A, UUID_A, expiry);
		String jwtB = SeaTableStubs.stubToken(wireMock, TOKEN_B, UUID_B, expiry);
		assertThat(jwtA).isNotEqualTo(jwtB);
		wireMock.register(get(urlPathEqualTo(metadataPath(UUID_A))).willReturn(okJson(metadata(1))));
		wireMock.register(get(urlPathEqualTo(metadataPath(UUID_B))).willReturn(okJson(metadata(2))));
		SeaTableContextRunners.runner()
			.withPropertyValues("seatable.server-url=" + wm.getHttpBaseUrl(), "seatable.bases.a.api-token=" + TOKEN_A,
					"seatable.bases.a.rate-limit.requests-per-day=2", "seatable.bases.b.api-token=" + TOKEN_B)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SeaTableBases bases = context.getBean(SeaTableBases.class);
				SeaTableTemplate a = bases.template("a");
				SeaTableTemplate b = bases.template("b");

				assertThat(a.getMetadata().version()).isEqualTo(1);
				assertThat(b.getMetadata().version()).isEqualTo(2);
				assertThat(a.getMetadata().version()).isEqualTo(1);
				assertThatExceptionOfType(SeaTableQuotaExceededException.class).isThrownBy(a::getMetadata)
					.withMessageContaining("2 requests", "'a'")
					.satisfies(
							(ex) -> assertThat(ex.getNextPermitAt()).isAfter(Instant.now().plus(23, ChronoUnit.HOURS)));
				assertThat(b.getMetadata().version()).isEqualTo(2);
				assertThat(b.getMetadata().version()).isEqualTo(2);

				// the refused call never reached the server
				wireMock.verifyThat(2, getRequestedFor(urlPathEqualTo(metadataPath(UUID_A))));
				wireMock.verifyThat(2, getRequestedFor(urlPathEqualTo(metadataPath(UUID_A))).withHeader("Authorization",
						equalTo("Bearer " + jwtA)));
				wireMock.verifyThat(3, getRequestedFor(urlPathEqualTo(metadataPath(UUID_B))));
				wireMock.verifyThat(3, getRequestedFor(urlPathEqualTo(metadataPath(UUID_B))).withHeader("Authorization",
						equalTo("Bearer " + jwtB)));
				// each base exchanged its own API token once
				wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
				wireMock.verifyThat(1,
						SeaTableStubs.tokenRequests().withHeader("Authorization", equalTo("Token " + TOKEN_A)));
				wireMock.verifyThat(1,
						SeaTableStubs.tokenRequests().withHeader("Authorization", equalTo("Token " + TOKEN_B)));
				QuotaLimiter quotaA = bases.quota("a").orElseThrow();
				QuotaLimiter quotaB = bases.quota("b").orElseThrow();
				assertThat(quotaA.getWindows()).extracting(RateWindow::limit).containsExactly(300, 2);
				assertThat(quotaA.availablePermissions(quotaA.getWindows().get(1))).isZero();
				assertThat(quotaB.availablePermissions(quotaB.getWindows().get(1))).isEqualTo(5000 - 3);
			});
	}

	private static String metadataPath(String baseUuid) {
		return "/api-gateway/api/v2/dtables/" + baseUuid + "/metadata/";
	}

	private static String metadata(int version) {
		return "{\"metadata\":{\"version\":" + version + ",\"tables\":[]}}";
	}

}

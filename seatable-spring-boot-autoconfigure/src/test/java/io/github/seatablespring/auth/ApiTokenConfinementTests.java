package io.github.seatablespring.auth;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.RowQuery;
import io.github.seatablespring.testsupport.MutableClock;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API token goes only to the token endpoint; base operations carry the base token
 * (the JWT).
 */
@WireMockTest
class ApiTokenConfinementTests {

	private final MutableClock clock = MutableClock.atFixedInstant();

	@Test
	void apiTokenIsSentOnlyToTokenEndpoint(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		Duration lifetime = Duration.ofDays(3);
		String first = TestTokens.jwt(this.clock.instant().plus(lifetime), "first");
		String second = TestTokens.jwt(this.clock.instant().plus(lifetime.multipliedBy(2)), "second");
		SeaTableStubs.stubTokenSequence(wireMock, first, second);
		wireMock
			.register(get(SeaTableStubs.gateway("/metadata/")).willReturn(okJson("{\"metadata\":{\"tables\":[]}}")));
		wireMock.register(get(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"rows\":[]}")));
		wireMock.register(post(SeaTableStubs.gateway("/rows/"))
			.willReturn(okJson("{\"inserted_row_count\":1,\"row_ids\":[{\"_id\":\"Qtf7xPmoRaiFyQPO1aENTA\"}]}")));
		ReactiveSeaTableTemplate template = TestBases.factory(this.clock)
			.create(TestBases.settings(wm.getHttpBaseUrl()))
			.template();

		template.getMetadata().block();
		template.listRows(RowQuery.table("Table1")).collectList().block();
		template.appendRow("Table1", Map.of("Name", "x")).block();
		// a refresh, to cover the second exchange too
		this.clock.advance(lifetime);
		template.getMetadata().block();

		List<LoggedRequest> requests = wireMock.find(anyRequestedFor(anyUrl()));
		List<LoggedRequest> tokenRequests = requests.stream()
			.filter((request) -> request.getUrl().startsWith(SeaTableStubs.TOKEN_PATH))
			.toList();
		List<LoggedRequest> baseRequests = requests.stream()
			.filter((request) -> !request.getUrl().startsWith(SeaTableStubs.TOKEN_PATH))
			.toList();
		assertThat(tokenRequests).hasSize(2).allSatisfy((request) -> {
			assertThat(request.getMethod().getName()).isEqualTo("GET");
			assertThat(request.header("Authorization").values()).containsExactly("Token " + TestTokens.API_TOKEN);
		});
		assertThat(baseRequests).hasSize(4).allSatisfy((request) -> {
			assertThat(request.getUrl()).startsWith(SeaTableStubs.GATEWAY + "/").doesNotContain(TestTokens.API_TOKEN);
			assertThat(request.header("Authorization").values()).singleElement()
				.satisfies((value) -> assertThat(value).isIn("Bearer " + first, "Bearer " + second));
			for (HttpHeader header : request.getHeaders().all()) {
				assertThat(header.values()).as(header.key())
					.noneSatisfy((value) -> assertThat(value).contains(TestTokens.API_TOKEN))
					.noneSatisfy((value) -> assertThat(value).startsWithIgnoringCase("Token "));
			}
			assertThat(request.getBodyAsString()).doesNotContain(TestTokens.API_TOKEN);
		});
		assertThat(baseRequests).extracting((request) -> request.getHeader("Authorization"))
			.containsExactly("Bearer " + first, "Bearer " + first, "Bearer " + first, "Bearer " + second);
	}

}

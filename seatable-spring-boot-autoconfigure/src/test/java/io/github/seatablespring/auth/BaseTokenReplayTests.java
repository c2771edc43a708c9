package io.github.seatablespring.auth;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.seatablespring.SeaTableAuthenticationException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTablePermissionException;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.model.Metadata;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.testsupport.MutableClock;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A request whose token the server rejects (401, or 403 "Token expired.") is replayed
 * once with a fresh token; any other 403 and a second rejection are passed on.
 */
@WireMockTest
class BaseTokenReplayTests {

	private static final String METADATA = "{\"metadata\":{\"tables\":[],\"version\":3}}";

	private final MutableClock clock = MutableClock.atFixedInstant();

	private final String first = TestTokens.jwt(this.clock.instant().plus(Duration.ofDays(3)), "first");

	private final String second = TestTokens.jwt(this.clock.instant().plus(Duration.ofDays(3)), "second");

	@BeforeEach
	void stubTokens(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubTokenSequence(wm.getWireMock(), this.first, this.second);
	}

	@Test
	void requestAnswered401IsReplayedOnceWithNewToken(WireMockRuntimeInfo wm) {
		replayedWithNewToken(wm, jsonError(401, "{\"detail\":\"Authentication credentials were not provided.\"}"));
	}

	@Test
	void requestAnswered403TokenExpiredIsReplayedOnceWithNewToken(WireMockRuntimeInfo wm) {
		replayedWithNewToken(wm, jsonError(403, "{\"error_msg\": \"Token expired.\"}"));
	}

	private void replayedWithNewToken(WireMockRuntimeInfo wm, ResponseDefinitionBuilder rejection) {
		WireMock wireMock = wm.getWireMock();
		wireMock.register(get(SeaTableStubs.gateway("/metadata/")).inScenario("rejected once")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("accepted")
			.willReturn(rejection));
		wireMock.register(get(SeaTableStubs.gateway("/metadata/")).inScenario("rejected once")
			.whenScenarioStateIs("accepted")
			.willReturn(okJson(METADATA)));

		Metadata metadata = template(wm).getMetadata().block();

		assertThat(metadata.version()).isEqualTo(3);
		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(2, getRequestedFor(SeaTableStubs.gateway("/metadata/")));
		wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/metadata/")).withHeader("Authorization",
				equalTo("Bearer " + this.first)));
		wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/metadata/")).withHeader("Authorization",
				equalTo("Bearer " + this.second)));
		// the replay is the second request
		assertThat(wireMock.find(getRequestedFor(SeaTableStubs.gateway("/metadata/"))))
			.extracting((request) -> request.getHeader("Authorization"))
			.containsExactly("Bearer " + this.first, "Bearer " + this.second);
	}

	@Test
	void secondRejectionFailsWithoutFurtherReplay(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		wireMock.register(
				get(SeaTableStubs.gateway("/metadata/")).willReturn(jsonError(401, "{\"detail\":\"Invalid token.\"}")));

		SeaTableAuthenticationException ex = catchThrowableOfType(SeaTableAuthenticationException.class,
				() -> template(wm).getMetadata().block());

		assertThat(ex.getStatus()).hasValue(401);
		assertThat(ex.getMethod()).isEqualTo("GET");
		assertThat(ex.getPath()).isEqualTo(SeaTableStubs.GATEWAY + "/metadata/");
		assertThat(ex.getMessage()).doesNotContain(this.first, this.second, TestTokens.API_TOKEN);
		wireMock.verifyThat(2, getRequestedFor(SeaTableStubs.gateway("/metadata/")));
		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
	}

	@Test
	void secondTokenExpiredFailsAsAuthenticationError(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		wireMock.register(get(SeaTableStubs.gateway("/metadata/"))
			.willReturn(jsonError(403, "{\"error_msg\": \"Token expired.\"}")));

		SeaTableAuthenticationException ex = catchThrowableOfType(SeaTableAuthenticationException.class,
				() -> template(wm).getMetadata().block());

		assertThat(ex.getStatus()).hasValue(403);
		assertThat(ex.getErrorMessage()).isEqualTo("Token expired.");
		wireMock.verifyThat(2, getRequestedFor(SeaTableStubs.gateway("/metadata/")));
		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
	}

	@Test
	void permissionDeniedIsNotReplayed(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		wireMock.register(post(SeaTableStubs.gateway("/rows/"))
			.willReturn(jsonError(403, "{\"error_msg\":\"Permission denied.\"}")));

		SeaTablePermissionException ex = catchThrowableOfType(SeaTablePermissionException.class,
				() -> template(wm).appendRow("Table1", Map.of("Name", "read-only")).block());

		assertThat(ex.getStatus()).hasValue(403);
		assertThat(ex.getErrorMessage()).isEqualTo("Permission denied.");
		assertThat(ex.getMethod()).isEqualTo("POST");
		assertThat(ex.getPath()).isEqualTo(SeaTableStubs.GATEWAY + "/rows/");
		assertThat(ex.getMessage()).contains("Permission denied.").doesNotContain(this.first, TestTokens.API_TOKEN);
		wireMock.verifyThat(1,
				postRequestedFor(SeaTableStubs.gateway("/rows/"))
					.withHeader("Authorization", equalTo("Bearer " + this.first))
					.withRequestBody(equalToJson("{\"table_name\":\"Table1\",\"rows\":[{\"Name\":\"read-only\"}]}")));
		wireMock.verifyThat(1, SeaTableStubs.tokenRequests());
	}

	@Test
	void permissionDeniedWithoutBodyIsNotReplayed(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		wireMock.register(post(SeaTableStubs.gateway("/rows/")).willReturn(aResponse().withStatus(403)));

		SeaTablePermissionException ex = catchThrowableOfType(SeaTablePermissionException.class,
				() -> template(wm).appendRow("Table1", Map.of("Name", "x")).block());

		assertThat(ex.getErrorMessage()).isNull();
		wireMock.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")));
		wireMock.verifyThat(1, SeaTableStubs.tokenRequests());
	}

	@Test
	void rejectedWriteIsReplayedWithSameBody(WireMockRuntimeInfo wm) {
		// SeaTable did not execute a request whose token it rejected, so even a POST is
		// replayed
		WireMock wireMock = wm.getWireMock();
		wireMock
			.register(post(SeaTableStubs.gateway("/rows/")).withHeader("Authorization", equalTo("Bearer " + this.first))
				.willReturn(aResponse().withStatus(401)));
		wireMock.register(post(SeaTableStubs.gateway("/rows/"))
			.withHeader("Authorization", equalTo("Bearer " + this.second))
			.willReturn(okJson("{\"inserted_row_count\":1,\"row_ids\":[{\"_id\":\"Qtf7xPmoRaiFyQPO1aENTA\"}]}")));

		Row row = template(wm).appendRow("Table1", Map.of("Name", "replayed")).block();

		assertThat(row.id()).isEqualTo("Qtf7xPmoRaiFyQPO1aENTA");
		String body = "{\"table_name\":\"Table1\",\"rows\":[{\"Name\":\"replayed\"}]}";
		wireMock.verifyThat(1,
				postRequestedFor(SeaTableStubs.gateway("/rows/"))
					.withHeader("Authorization", equalTo("Bearer " + this.first))
					.withRequestBody(equalToJson(body)));
		wireMock.verifyThat(1,
				postRequestedFor(SeaTableStubs.gateway("/rows/"))
					.withHeader("Authorization", equalTo("Bearer " + this.second))
					.withRequestBody(equalToJson(body)));
		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
	}

	@Test
	void concurrentRejectionsOfOneTokenShareOneRefetch(WireMockRuntimeInfo wm) {
		WireMock wireMock = wm.getWireMock();
		wireMock.register(get(SeaTableStubs.gateway("/metadata/")).willReturn(okJson(METADATA)));
		ReactiveSeaTableTemplate template = template(wm);
		template.getMetadata().block();
		// from now on the cached first token is rejected (the newest matching stub wins)
		wireMock.register(
				get(SeaTableStubs.gateway("/metadata/")).withHeader("Authorization", equalTo("Bearer " + this.first))
					.willReturn(aResponse().withStatus(401)));

		List<Metadata> results = Flux.range(0, 10)
			.flatMap((i) -> template.getMetadata().subscribeOn(Schedulers.parallel()), 10)
			.collectList()
			.block(Duration.ofSeconds(20));

		assertThat(results).hasSize(10);
		wireMock.verifyThat(2, SeaTableStubs.tokenRequests());
		wireMock.verifyThat(10, getRequestedFor(SeaTableStubs.gateway("/metadata/")).withHeader("Authorization",
				equalTo("Bearer " + this.second)));
	}

	/** An error answer with a JSON body, as SeaTable sends them. */
	private static ResponseDefinitionBuilder jsonError(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	private ReactiveSeaTableTemplate template(WireMockRuntimeInfo wm) {
		return TestBases.factory(this.clock).create(TestBases.settings(wm.getHttpBaseUrl())).template();
	}

}

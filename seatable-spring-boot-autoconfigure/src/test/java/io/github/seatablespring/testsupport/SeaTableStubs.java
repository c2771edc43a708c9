package io.github.seatablespring.testsupport;

import java.time.Instant;
import java.util.function.IntFunction;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** WireMock stubs and request patterns for SeaTable's endpoints. */
public final class SeaTableStubs {

	/** Path of the base-token exchange. */
	public static final String TOKEN_PATH = "/api/v2.1/dtable/app-access-token/";

	/** Path prefix of the test base's operations. */
	public static final String GATEWAY = "/api-gateway/api/v2/dtables/" + TestTokens.BASE_UUID;

	private SeaTableStubs() {
	}

	/**
	 * Stubs the token endpoint for {@link TestTokens#API_TOKEN}; returns the JWT it hands
	 * out.
	 */
	public static String stubToken(WireMock wireMock, Instant expiresAt) {
		String jwt = TestTokens.jwt(expiresAt, "tests");
		wireMock.register(
				get(urlPathEqualTo(TOKEN_PATH)).withHeader("Authorization", equalTo("Token " + TestTokens.API_TOKEN))
					.willReturn(okJson(TestTokens.tokenResponse(jwt, TestTokens.BASE_UUID))));
		return jwt;
	}

	/**
	 * Stubs the token endpoint to hand out {@code jwts} one after the other (the last one
	 * from then on), with a WireMock scenario; for tests of refreshes and replays.
	 */
	public static void stubTokenSequence(WireMock wireMock, String... jwts) {
		for (int i = 0; i < jwts.length; i++) {
			wireMock.register(get(urlPathEqualTo(TOKEN_PATH)).inScenario("token sequence")
				.whenScenarioStateIs(tokenState(i))
				.willSetStateTo(tokenState(Math.min(i + 1, jwts.length - 1)))
				.withHeader("Authorization", equalTo("Token " + TestTokens.API_TOKEN))
				.willReturn(okJson(TestTokens.tokenResponse(jwts[i], TestTokens.BASE_UUID))));
		}
	}

	private static String tokenState(int index) {
		return (index == 0) ? Scenario.STARTED : "token " + index;
	}

	/**
	 * Stubs the token endpoint for another API token and base; returns the JWT it hands
	 * out. The JWT's subject is the base UUID, so that every base gets a different one.
	 */
	public static String stubToken(WireMock wireMock, String apiToken, String baseUuid, Instant expiresAt) {
		String jwt = TestTokens.jwt(expiresAt, baseUuid);
		wireMock.register(get(urlPathEqualTo(TOKEN_PATH)).withHeader("Authorization", equalTo("Token " + apiToken))
			.willReturn(okJson(TestTokens.tokenResponse(jwt, baseUuid))));
		return jwt;
	}

	/** The path of a base operation, for example {@code gateway("/rows/")}. */
	public static UrlPathPattern gateway(String path) {
		return urlPathEqualTo(GATEWAY + path);
	}

	/** Requests to the token endpoint. */
	public static RequestPatternBuilder tokenRequests() {
		return getRequestedFor(urlPathEqualTo(TOKEN_PATH));
	}

	/**
	 * Answers the n-th {@code POST /rows/} with the ids of the {@code sizes[n]} rows it
	 * carries, as SeaTable does, numbered on from the previous chunk's.
	 * @param extra further fields of each answer, such as {@code first_row}, given the
	 * chunk's first row number
	 */
	public static void stubAppends(WireMock wireMock, IntFunction<String> extra, int... sizes) {
		int first = 0;
		for (int i = 0; i < sizes.length; i++) {
			String state = (i == 0) ? Scenario.STARTED : "request " + (i + 1);
			String ids = TestRows.rowsArray(first, sizes[i]).replaceAll(",\"n\":\\d+", "");
			wireMock.register(post(gateway("/rows/")).inScenario("append")
				.whenScenarioStateIs(state)
				.willSetStateTo("request " + (i + 2))
				.willReturn(okJson(
						"{\"inserted_row_count\":" + sizes[i] + ",\"row_ids\":" + ids + extra.apply(first) + "}")));
			first += sizes[i];
		}
	}

	/**
	 * Answers three appends of 1,000, 1,000 and 500 rows: the first with its ids, the
	 * second with {@code second}, the third (which a stopped batch never sends) with
	 * success.
	 */
	public static void stubAppendsAnsweringSecond(WireMock wireMock, ResponseDefinitionBuilder second) {
		String ids = TestRows.rowsArray(0, 1000).replaceAll(",\"n\":\\d+", "");
		wireMock.register(post(gateway("/rows/")).inScenario("append")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("second")
			.willReturn(okJson("{\"inserted_row_count\":1000,\"row_ids\":" + ids + "}")));
		wireMock.register(post(gateway("/rows/")).inScenario("append")
			.whenScenarioStateIs("second")
			.willSetStateTo("third")
			.willReturn(second));
		wireMock.register(post(gateway("/rows/")).inScenario("append")
			.whenScenarioStateIs("third")
			.willReturn(okJson("{\"inserted_row_count\":500,\"row_ids\":[]}")));
	}

}

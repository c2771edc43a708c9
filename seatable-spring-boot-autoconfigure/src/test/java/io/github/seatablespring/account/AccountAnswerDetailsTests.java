package io.github.seatablespring.account;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableRequestDetails;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An account answer that lacks what the operation needs names the request it answers: its
 * method, path and the status it really came with.
 */
@WireMockTest
class AccountAnswerDetailsTests {

	private static final String TEMPORARY_TOKEN = "/api/v2.1/workspace/7/dtable/CRM/temp-api-token/";

	private static final String ACCESS_TOKEN = "/api/v2.1/workspace/7/dtable/CRM/access-token/";

	@Test
	void temporaryTokenAnswerWithoutTheTokenReportsMethodPathAndRealStatus(WireMockRuntimeInfo wm) {
		TestAccounts.stubLogin(wm.getWireMock());
		wm.getWireMock()
			.register(get(urlEqualTo(TEMPORARY_TOKEN))
				.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
		SeaTableAccountTemplate account = TestAccounts.template(wm.getHttpBaseUrl());

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> account.apiTokens().createTemporary(7, "CRM"))
			.satisfies((ex) -> {
				assertThat(ex.getRequest())
					.isEqualTo(SeaTableRequestDetails.answered("GET", TEMPORARY_TOKEN, 201, null));
				assertThat(ex.getMessage())
					.isEqualTo("SeaTable's answer held no api_token [GET " + TEMPORARY_TOKEN + " -> 201]")
					.doesNotContain(TestAccounts.ACCOUNT_TOKEN);
			});
		wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo(TEMPORARY_TOKEN)));
	}

	@Test
	void baseTokenAnswerWithoutTheBaseReportsItsRequestOnTheReactiveTwin(WireMockRuntimeInfo wm) {
		TestAccounts.stubLogin(wm.getWireMock());
		wm.getWireMock()
			.register(get(urlEqualTo(ACCESS_TOKEN)).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"access_token\":\"eyJhbGciOiJIUzI1NiJ9.e30.c2ln\"}")));

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> TestAccounts.reactive(wm.getHttpBaseUrl()).baseTokens().forBase(7, "CRM").block())
			.satisfies((ex) -> {
				assertThat(ex.getRequest()).isEqualTo(SeaTableRequestDetails.answered("GET", ACCESS_TOKEN, 200, null));
				assertThat(ex.getMessage()).doesNotContain("eyJhbGciOiJIUzI1NiJ9");
			});
	}

}

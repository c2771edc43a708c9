package io.github.seatablespring.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.auth.BaseToken;
import io.github.seatablespring.auth.BaseTokenProvider;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Two ways of reaching one base share one quota; bases can be added at run time. */
@WireMockTest
class SharedBaseQuotaTests {

	@Test
	void aBaseReachedWithoutApiTokenSharesTheQuotaOfTheConfiguredBaseWithTheSameUuid(WireMockRuntimeInfo wm) {
		String jwt = SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock()
			.register(get(urlPathEqualTo(SeaTableStubs.GATEWAY + "/metadata/"))
				.willReturn(okJson("{\"metadata\":{\"tables\":[]}}")));
		SeaTableTemplateFactory factory = TestBases.factory(Clock.systemUTC());
		SeaTableTemplateFactory.Base configured = factory.create(TestBases.settings(wm.getHttpBaseUrl()));
		new SeaTableTemplate(configured.template()).getMetadata();

		BaseToken token = new BaseToken(jwt, TestTokens.BASE_UUID, null, null, Instant.now().plus(1, ChronoUnit.DAYS));
		SeaTableTemplateFactory.Base other = factory.create(TestBases.settings(wm.getHttpBaseUrl()), tokens(token),
				TestTokens.BASE_UUID);
		SeaTableTemplateFactory.Base elsewhere = factory.create(TestBases.settings(wm.getHttpBaseUrl()), tokens(token),
				"another-uuid");

		assertThat(other.quota()).isNotNull().isSameAs(configured.quota());
		assertThat(elsewhere.quota()).isNotSameAs(configured.quota());
		new SeaTableTemplate(other.template()).getMetadata();
		wm.getWireMock()
			.verifyThat(2, getRequestedFor(urlPathEqualTo(SeaTableStubs.GATEWAY + "/metadata/"))
				.withHeader("Authorization", equalTo("Bearer " + jwt)));
	}

	@Test
	void aBaseIsRegisteredAtRunTimeFromAnApiToken(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock()
			.register(get(urlPathEqualTo(SeaTableStubs.GATEWAY + "/metadata/"))
				.willReturn(okJson("{\"metadata\":{\"tables\":[{\"_id\":\"0000\",\"name\":\"Contacts\"}]}}")));
		SeaTableProperties properties = new SeaTableProperties();
		properties.setServerUrl(URI.create(wm.getHttpBaseUrl()));
		SeaTableBases bases = new SeaTableBases(Map.of(), TestBases.factory(Clock.systemUTC()), properties);

		SeaTableTemplate crm = bases.register("crm", TestTokens.API_TOKEN);

		assertThat(crm.getMetadata().tables()).hasSize(1);
		assertThat(bases.names()).containsExactly("crm");
		assertThat(bases.template("crm")).isSameAs(crm);
		assertThat(bases.quota("crm")).isPresent();
		assertThatIllegalArgumentException().isThrownBy(() -> bases.register("crm", TestTokens.API_TOKEN))
			.withMessageContaining("exists already");
		assertThatIllegalArgumentException().isThrownBy(() -> bases.register("other", " "))
			.withMessageNotContaining(TestTokens.API_TOKEN);
	}

	private static BaseTokenProvider tokens(BaseToken token) {
		return new BaseTokenProvider() {

			@Override
			public Mono<BaseToken> getToken() {
				return Mono.just(token);
			}

			@Override
			public void invalidate(BaseToken rejected) {
			}

		};
	}

}

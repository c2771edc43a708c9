package io.github.seatablespring.account;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.seatablespring.SeaTableAuthenticationException;
import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.account.autoconfigure.SeaTableAccountProperties;
import io.github.seatablespring.account.model.AccountInfo;
import io.github.seatablespring.autoconfigure.SeaTableProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@WireMockTest
class AccountAuthenticationTests {

	private static final String INFO = "/api2/account/info/";

	private static final String INFO_BODY = """
			{"email":"a@auth.local","name":"Ada","contact_email":"ada@example.com","usage":12,"total":-1,
			 "row_usage":"int","row_total":100,"is_staff":false}""";

	private WireMock wireMock;

	private String url;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.wireMock = wm.getWireMock();
		this.url = wm.getHttpBaseUrl();
	}

	@Test
	void thirtyTwoConcurrentFirstCallsLogInOnce() {
		TestAccounts.stubLogin(this.wireMock);
		this.wireMock.register(post(urlEqualTo(TestAccounts.LOGIN))
			.willReturn(okJson("{\"token\":\"" + TestAccounts.ACCOUNT_TOKEN + "\"}").withFixedDelay(200)));
		this.wireMock.register(get(urlEqualTo(INFO)).willReturn(okJson(INFO_BODY)));
		ReactiveSeaTableAccountTemplate account = TestAccounts.reactive(this.url);

		List<AccountInfo> infos = Flux.fromStream(IntStream.range(0, 32).boxed())
			.flatMap((i) -> account.user().info(), 32)
			.collectList()
			.block();

		assertThat(infos).hasSize(32).allSatisfy((info) -> assertThat(info.name()).isEqualTo("Ada"));
		assertThat(infos.get(0).rowUsage()).isZero();
		assertThat(infos.get(0).spaceTotal()).isEqualTo(-1);
		this.wireMock.verifyThat(1, postRequestedFor(urlEqualTo(TestAccounts.LOGIN)));
		this.wireMock.verifyThat(32, getRequestedFor(urlEqualTo(INFO)).withHeader("Authorization",
				equalTo("Token " + TestAccounts.ACCOUNT_TOKEN)));
	}

	@Test
	void aRejectedTokenLogsInAgainAndReplaysTheWriteOnce() {
		this.wireMock.register(post(urlEqualTo(TestAccounts.LOGIN)).inScenario("login")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("second")
			.willReturn(okJson("{\"token\":\"old-token\"}")));
		this.wireMock.register(post(urlEqualTo(TestAccounts.LOGIN)).inScenario("login")
			.whenScenarioStateIs("second")
			.willReturn(okJson("{\"token\":\"new-token\"}")));
		this.wireMock
			.register(post(urlEqualTo("/api/v2.1/dtables/")).withHeader("Authorization", equalTo("Token old-token"))
				.willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Invalid token\"}")));
		this.wireMock
			.register(post(urlEqualTo("/api/v2.1/dtables/")).withHeader("Authorization", equalTo("Token new-token"))
				.willReturn(okJson("{\"table\":{\"id\":1,\"workspace_id\":7,\"uuid\":\"u\",\"name\":\"CRM\"}}")));

		assertThat(TestAccounts.template(this.url).bases().create(7, "CRM").uuid()).isEqualTo("u");

		this.wireMock.verifyThat(2, postRequestedFor(urlEqualTo(TestAccounts.LOGIN)));
		this.wireMock.verifyThat(2, postRequestedFor(urlEqualTo("/api/v2.1/dtables/")));
	}

	@Test
	void aSecondRejectionFailsNamingTheProperties() {
		TestAccounts.stubLogin(this.wireMock);
		this.wireMock.register(get(urlEqualTo(INFO))
			.willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Invalid token\"}")));

		assertThatExceptionOfType(SeaTableAuthenticationException.class)
			.isThrownBy(() -> TestAccounts.template(this.url).user().info())
			.withMessageContaining("seatable.account.username and seatable.account.password")
			.withMessageContaining("Invalid token")
			.withMessageNotContaining(TestAccounts.ACCOUNT_TOKEN);
		this.wireMock.verifyThat(2, getRequestedFor(urlEqualTo(INFO)));
	}

	@Test
	void aConfiguredTokenIsNotRenewedAndItsRejectionNamesTheTokenProperty() {
		this.wireMock.register(get(urlEqualTo(INFO))
			.willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Invalid token\"}")));
		SeaTableAccountTemplate account = new SeaTableAccountTemplate(
				TestAccounts.reactive(this.url, TestAccounts.token("configured-token")));

		assertThatExceptionOfType(SeaTableAuthenticationException.class).isThrownBy(() -> account.user().info())
			.withMessageContaining("seatable.account.token")
			.withMessageNotContaining("configured-token");
		this.wireMock.verifyThat(1,
				getRequestedFor(urlEqualTo(INFO)).withHeader("Authorization", equalTo("Token configured-token")));
		this.wireMock.verifyThat(0, postRequestedFor(urlEqualTo(TestAccounts.LOGIN)));
	}

	@Test
	void wrongCredentialsFailNamingThePropertiesWithoutThePassword() {
		this.wireMock.register(post(urlEqualTo(TestAccounts.LOGIN)).willReturn(aResponse().withStatus(400)
			.withBody("{\"non_field_errors\":[\"Unable to login with provided credentials.\"]}")));

		assertThatExceptionOfType(SeaTableAuthenticationException.class)
			.isThrownBy(() -> TestAccounts.template(this.url).user().info())
			.withMessageContaining("seatable.account.username and seatable.account.password")
			.withMessageContaining("Unable to login with provided credentials.")
			.withMessageNotContaining(TestAccounts.PASSWORD);
		this.wireMock.verifyThat(0, getRequestedFor(urlEqualTo(INFO)));
	}

	@Test
	void anAccountWithTwoFactorAuthenticationGetsAClearMessage() {
		this.wireMock.register(post(urlEqualTo(TestAccounts.LOGIN)).willReturn(aResponse().withStatus(400)
			.withHeader("X-Seafile-OTP", "required")
			.withBody("{\"non_field_errors\":[\"Two factor auth token is missing.\"]}")));

		assertThatExceptionOfType(SeaTableAuthenticationException.class)
			.isThrownBy(() -> TestAccounts.template(this.url).user().info())
			.withMessageContaining("two-factor authentication")
			.withMessageContaining("seatable.account.token");
	}

	@Test
	void aFailedLoginIsNotKept() {
		this.wireMock.register(post(urlEqualTo(TestAccounts.LOGIN)).inScenario("login")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("up")
			.willReturn(aResponse().withStatus(400).withBody("{\"non_field_errors\":[\"nope\"]}")));
		this.wireMock.register(post(urlEqualTo(TestAccounts.LOGIN)).inScenario("login")
			.whenScenarioStateIs("up")
			.willReturn(okJson("{\"token\":\"" + TestAccounts.ACCOUNT_TOKEN + "\"}")));
		this.wireMock.register(get(urlEqualTo(INFO)).willReturn(okJson(INFO_BODY)));
		SeaTableAccountTemplate account = TestAccounts.template(this.url);

		assertThatExceptionOfType(SeaTableAuthenticationException.class).isThrownBy(() -> account.user().info());
		assertThat(account.user().info().email()).isEqualTo("a@auth.local");
	}

	@Test
	void aWriteCutOffByTheConnectionIsNotReplayed() {
		TestAccounts.stubLogin(this.wireMock);
		this.wireMock.register(post(urlEqualTo("/api/v2.1/dtables/"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(SeaTableConnectionException.class)
			.isThrownBy(() -> TestAccounts.template(this.url).bases().create(7, "CRM"));
		this.wireMock.verifyThat(1, postRequestedFor(urlEqualTo("/api/v2.1/dtables/")));
	}

	@Test
	void accountOperationsHaveTheirOwnPerMinuteLimit() {
		TestAccounts.stubLogin(this.wireMock);
		this.wireMock.register(get(urlEqualTo(INFO)).willReturn(okJson(INFO_BODY)));
		SeaTableAccountProperties limited = TestAccounts.login();
		limited.getRateLimit().setRequestsPerMinute(2);
		SeaTableProperties properties = new SeaTableProperties();
		properties.getRateLimit().setMaxWait(Duration.ZERO);
		SeaTableAccountTemplate account = new SeaTableAccountTemplate(
				TestAccounts.reactive(this.url, limited, properties));

		account.user().info();
		account.user().info();
		assertThatExceptionOfType(SeaTableRateLimitException.class).isThrownBy(() -> account.user().info())
			.withMessageContaining("Rate limit of 2 requests per PT1M");
		this.wireMock.verifyThat(2, getRequestedFor(urlEqualTo(INFO)));
		this.wireMock.verifyThat(1, postRequestedFor(urlEqualTo(TestAccounts.LOGIN)));
	}

	@Test
	void loginsKeepToSeaTablesLimitOf60AMinute() {
		TestAccounts.stubLogin(this.wireMock);
		// every token is rejected: each call logs in again, until the login limit stops
		// it
		this.wireMock.register(get(urlEqualTo(INFO)).willReturn(aResponse().withStatus(401)));
		SeaTableProperties properties = new SeaTableProperties();
		properties.getRateLimit().setMaxWait(Duration.ZERO);
		SeaTableAccountTemplate account = new SeaTableAccountTemplate(
				TestAccounts.reactive(this.url, TestAccounts.login(), properties));

		RuntimeException last = null;
		for (int call = 0; call < 100 && !(last instanceof SeaTableRateLimitException); call++) {
			try {
				account.user().info();
			}
			catch (SeaTableAuthenticationException | SeaTableRateLimitException ex) {
				last = ex;
			}
		}

		assertThat(last).isInstanceOf(SeaTableRateLimitException.class)
			.hasMessageContaining("Rate limit of 60 requests per PT1M");
		this.wireMock.verifyThat(60, postRequestedFor(urlEqualTo(TestAccounts.LOGIN)));
	}

	@Test
	void aNewLoginThatHandsOutTheSameTokenIsKeptAfterwards() {
		TestAccounts.stubLogin(this.wireMock);
		this.wireMock.register(get(urlEqualTo(INFO)).inScenario("info")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("ok")
			.willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Invalid token\"}")));
		this.wireMock
			.register(get(urlEqualTo(INFO)).inScenario("info").whenScenarioStateIs("ok").willReturn(okJson(INFO_BODY)));
		SeaTableAccountTemplate account = TestAccounts.template(this.url);

		account.user().info();
		account.user().info();
		account.user().info();

		this.wireMock.verifyThat(2, postRequestedFor(urlEqualTo(TestAccounts.LOGIN)));
		this.wireMock.verifyThat(4, getRequestedFor(urlEqualTo(INFO)));
	}

}

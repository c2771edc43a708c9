package io.github.seatablespring.account;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.seatablespring.SeaTableNotFoundException;
import io.github.seatablespring.account.model.ApiToken;
import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.account.model.Permission;
import io.github.seatablespring.account.model.Webhook;
import io.github.seatablespring.account.model.Workspace;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The provisioning flow of the example, request by request. */
@WireMockTest
class AccountProvisioningFlowTests {

	private static final String UUID = TestTokens.BASE_UUID;

	private static final String CRM = "/api/v2.1/workspace/7/dtable/CRM";

	private WireMock wireMock;

	private SeaTableAccountTemplate account;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.wireMock = wm.getWireMock();
		TestAccounts.stubLogin(this.wireMock);
		this.account = TestAccounts.template(wm.getHttpBaseUrl());
	}

	@Test
	void logsInOnceSendsTheAccountTokenAndReadsEveryStep() {
		this.wireMock.register(get(urlEqualTo("/api/v2.1/workspaces/")).willReturn(okJson("""
				{"workspace_list":[{"id":"","name":"starred","type":"starred"},
				 {"id":"","name":"shared","type":"shared"},{"id":7,"name":"personal","type":"personal"},
				 {"id":9,"name":"my group","type":"group","group_id":3}]}""")));
		this.wireMock.register(post(urlEqualTo("/api/v2.1/dtables/")).willReturn(okJson("""
				{"table":{"id":500,"workspace_id":7,"uuid":"%s","name":"CRM",
				 "created_at":"2021-03-16T10:34:41+00:00","updated_at":"2021-03-16T10:34:41+00:00",
				 "color":"#E91E63","text_color":null,"icon":null}}""".formatted(UUID)).withStatus(201)));
		this.wireMock.register(post(urlEqualTo(CRM + "/api-tokens/")).willReturn(okJson("""
				{"app_name":"importer","api_token":"%s","generated_by":"a@auth.local",
				 "generated_at":"2021-03-02T09:47:41+00:00","last_access":"2021-03-02T09:47:41+00:00",
				 "permission":"rw"}""".formatted(TestTokens.API_TOKEN)).withStatus(201)));
		this.wireMock.register(post(urlEqualTo(CRM + "/webhooks/")).willReturn(okJson("""
				{"webhook":{"id":1,"dtable_uuid":"%s","url":"https://example.com/hook","creator":"a@auth.local",
				 "created_at":"2021-03-16T14:27:58.873621","settings":{"secret":"s3"}}}""".formatted(UUID))));

		List<Workspace> workspaces = this.account.workspaces().list();
		Workspace workspace = workspaces.get(0);
		BaseInfo crm = this.account.bases().create(workspace.id(), "CRM");
		ApiToken token = this.account.apiTokens().create(workspace.id(), "CRM", "importer", Permission.READ_WRITE);
		Webhook hook = this.account.webhooks()
			.create(workspace.id(), "CRM", URI.create("https://example.com/hook"), "s3");

		assertThat(workspaces).extracting(Workspace::id, Workspace::type)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(7L, "personal"),
					org.assertj.core.groups.Tuple.tuple(9L, "group"));
		assertThat(workspaces.get(1).groupId()).isEqualTo(3L);
		assertThat(crm.uuid()).isEqualTo(UUID);
		assertThat(crm.workspaceId()).isEqualTo(7);
		assertThat(crm.color()).isEqualTo("#E91E63");
		assertThat(crm.createdAt()).isEqualTo("2021-03-16T10:34:41Z");
		assertThat(token.token()).isEqualTo(TestTokens.API_TOKEN);
		assertThat(token.permission()).isEqualTo(Permission.READ_WRITE);
		assertThat(token.toString()).doesNotContain(TestTokens.API_TOKEN);
		assertThat(hook.url()).isEqualTo(URI.create("https://example.com/hook"));
		assertThat(hook.secret()).isEqualTo("s3");
		assertThat(hook.toString()).doesNotContain("s3");

		this.wireMock.verifyThat(1,
				postRequestedFor(urlEqualTo(TestAccounts.LOGIN))
					.withHeader("Content-Type", WireMock.containing("application/x-www-form-urlencoded"))
					.withRequestBody(equalTo("username=admin%40example.com&password=s3cret-Passw0rd")));
		this.wireMock.verifyThat(1, getRequestedFor(urlEqualTo("/api/v2.1/workspaces/")).withHeader("Authorization",
				equalTo("Token " + TestAccounts.ACCOUNT_TOKEN)));
		this.wireMock.verifyThat(1,
				postRequestedFor(urlEqualTo("/api/v2.1/dtables/"))
					.withHeader("Authorization", equalTo("Token " + TestAccounts.ACCOUNT_TOKEN))
					.withRequestBody(equalTo("name=CRM&workspace_id=7")));
		this.wireMock.verifyThat(1, postRequestedFor(urlEqualTo(CRM + "/api-tokens/"))
			.withRequestBody(equalTo("app_name=importer&permission=rw")));
		this.wireMock.verifyThat(1, postRequestedFor(urlEqualTo(CRM + "/webhooks/"))
			.withRequestBody(equalTo("url=https%3A%2F%2Fexample.com%2Fhook&secret=s3")));
	}

	@Test
	void aBaseOfTheAccountGetsItsBaseTokenThroughTheAccountToken() {
		String jwt = TestTokens.jwt(Instant.now().plus(3, ChronoUnit.DAYS), "account");
		this.wireMock.register(get(urlEqualTo(CRM + "/access-token/"))
			.willReturn(okJson("{\"access_token\":\"" + jwt + "\",\"dtable_uuid\":\"" + UUID + "\"}")));
		this.wireMock.register(get(urlPathEqualTo("/api-gateway/api/v2/dtables/" + UUID + "/rows/"))
			.willReturn(okJson("{\"rows\":[{\"_id\":\"r1\",\"Name\":\"Ada\"}]}")));

		SeaTableTemplate crm = this.account.base(7, "CRM");
		assertThat(crm.listRows(io.github.seatablespring.core.RowQuery.table("Contacts"))).hasSize(1);
		assertThat(this.account.base(7, "CRM")).isSameAs(crm);

		this.wireMock.verifyThat(1, getRequestedFor(urlEqualTo(CRM + "/access-token/")).withHeader("Authorization",
				equalTo("Token " + TestAccounts.ACCOUNT_TOKEN)));
		this.wireMock.verifyThat(1, getRequestedFor(urlPathEqualTo("/api-gateway/api/v2/dtables/" + UUID + "/rows/"))
			.withHeader("Authorization", equalTo("Bearer " + jwt)));
	}

	@Test
	void theReactiveTwinRetriesAFailedFirstBaseTokenAndThenKeepsTheTemplate(WireMockRuntimeInfo wm) {
		String jwt = TestTokens.jwt(Instant.now().plus(3, ChronoUnit.DAYS), "account");
		this.wireMock.register(get(urlEqualTo(CRM + "/access-token/")).inScenario("token")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("found")
			.willReturn(aResponse().withStatus(404).withBody("{\"error_msg\":\"dtable CRM not found.\"}")));
		this.wireMock.register(get(urlEqualTo(CRM + "/access-token/")).inScenario("token")
			.whenScenarioStateIs("found")
			.willReturn(okJson("{\"access_token\":\"" + jwt + "\",\"dtable_uuid\":\"" + UUID + "\"}")));
		ReactiveSeaTableAccountTemplate reactive = TestAccounts.reactive(wm.getHttpBaseUrl());

		StepVerifier.create(reactive.base(7, "CRM")).expectError(SeaTableNotFoundException.class).verify();
		ReactiveSeaTableTemplate crm = reactive.base(7, "CRM").block();
		assertThat(reactive.base(7, "CRM").block()).isSameAs(crm);
		this.wireMock.verifyThat(2, getRequestedFor(urlEqualTo(CRM + "/access-token/")));
		assertThatIllegalArgumentException().isThrownBy(() -> reactive.base(0, "CRM"));
	}

}

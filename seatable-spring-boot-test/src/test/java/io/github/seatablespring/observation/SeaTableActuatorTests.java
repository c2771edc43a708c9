package io.github.seatablespring.observation;

import java.util.List;

import io.github.seatablespring.actuate.SeaTableEndpoint;
import io.github.seatablespring.autoconfigure.SeaTableAutoConfiguration;
import io.github.seatablespring.autoconfigure.SeaTableBases;
import io.github.seatablespring.autoconfigure.SeaTableEndpointAutoConfiguration;
import io.github.seatablespring.autoconfigure.SeaTableHealthContributorAutoConfiguration;
import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.RecordedRequest;
import io.github.seatablespring.test.SeaTableEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health component, the seatable endpoint and the sanitizing of secrets, against the
 * emulator.
 */
class SeaTableActuatorTests {

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(JacksonAutoConfiguration.class,
			WebClientAutoConfiguration.class, SeaTableAutoConfiguration.class,
			SeaTableHealthContributorAutoConfiguration.class, SeaTableEndpointAutoConfiguration.class,
			EndpointAutoConfiguration.class, HealthContributorAutoConfiguration.class,
			HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class,
			EnvironmentEndpointAutoConfiguration.class, ConfigurationPropertiesReportEndpointAutoConfiguration.class);

	private SeaTableEmulator emulator;

	private EmulatedBase base;

	private EmulatedBase crm;

	@BeforeEach
	void start() {
		this.emulator = SeaTableEmulator.start();
		this.base = this.emulator.createBase("Main");
		this.crm = this.emulator.createBase("CRM");
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withConfiguration(CONFIGURATIONS).withPropertyValues(properties());
	}

	private String[] properties() {
		return new String[] { "seatable.server-url=" + this.emulator.serverUrl(),
				"seatable.api-token=" + this.base.apiToken(), "seatable.bases.crm.api-token=" + this.crm.apiToken(),
				"management.endpoints.web.exposure.include=*", "management.endpoint.health.show-details=always",
				"management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always" };
	}

	@Test
	void healthHasOneComponentPerBaseAndNeverSpendsBaseQuota() {
		runner().run((context) -> {
			String json = JsonMapper.shared().writeValueAsString(context.getBean(HealthEndpoint.class).health());
			assertThat(json).contains("\"seatable\"", "\"default\"", "\"crm\"", "\"status\":\"UP\"",
					"\"baseUuid\":\"" + this.crm.uuid() + "\"", "\"baseName\":\"CRM\"", "\"tokenValidUntil\"",
					"\"quotaLeft\":{\"minute\":300,\"day\":5000}", "\"server\":\"" + this.emulator.serverUrl());
			assertThat(json).doesNotContain(this.base.apiToken(), this.crm.apiToken(), "eyJ");
			assertThat(this.emulator.journal()).noneMatch(RecordedRequest::isBaseOperation);
			assertThat(this.emulator.journal()).filteredOn((request) -> request.path().endsWith("/ping/")).hasSize(2);

			// polled again within the interval: answered from the cache
			context.getBean(HealthEndpoint.class).healthForPath("seatable", "crm");
			assertThat(this.emulator.journal()).hasSize(4); // two token exchanges and two
															// pings
		});
	}

	@Test
	void rejectedTokenIsDownWithTheReason() {
		runner().withPropertyValues("seatable.bases.crm.api-token=" + "0".repeat(40)).run((context) -> {
			String json = JsonMapper.shared()
				.writeValueAsString(context.getBean(HealthEndpoint.class).healthForPath("seatable", "crm"));
			assertThat(json).contains("\"status\":\"DOWN\"", "API token rejected").doesNotContain("0".repeat(40));
			String overall = JsonMapper.shared().writeValueAsString(context.getBean(HealthEndpoint.class).health());
			assertThat(overall).contains("\"status\":\"DOWN\"");
		});
	}

	@Test
	void unreachableServerIsDown() {
		String closed = this.emulator.serverUrl();
		this.emulator.close();
		runner().withPropertyValues("seatable.server-url=" + closed, "seatable.timeout=2s").run((context) -> {
			String json = JsonMapper.shared()
				.writeValueAsString(context.getBean(HealthEndpoint.class).healthForPath("seatable", "default"));
			assertThat(json).contains("\"status\":\"DOWN\"", "Server unreachable");
		});
		this.emulator = SeaTableEmulator.start();
	}

	@Test
	void reactiveApplicationsGetAReactiveIndicator() {
		new ReactiveWebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withPropertyValues(properties())
			.run((context) -> {
				ReactiveHealthContributor contributor = context.getBean("seatableHealthContributor",
						ReactiveHealthContributor.class);
				ReactiveHealthIndicator crm = (ReactiveHealthIndicator) ((CompositeReactiveHealthContributor) contributor)
					.getContributor("crm");
				Health health = crm.health().block();
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("baseUuid", this.crm.uuid());
			});
	}

	@Test
	void endpointShowsBasesQuotaAndTokenWithoutSecrets() {
		runner().run((context) -> {
			context.getBean(SeaTableBases.class).template("crm").getMetadata();
			this.emulator.failNext(1, 429);
			context.getBean(SeaTableBases.class).template("crm").getMetadata();

			SeaTableEndpoint endpoint = context.getBean(SeaTableEndpoint.class);
			SeaTableEndpoint.BaseDescriptor crm = endpoint.base("crm");
			assertThat(crm.baseUuid()).isEqualTo(this.crm.uuid());
			assertThat(crm.tokenValidUntil()).isNotNull();
			assertThat(crm.lastRateLimitedAt()).isNotNull();
			assertThat(crm.quota()).extracting(SeaTableEndpoint.WindowDescriptor::name)
				.containsExactly("minute", "day");
			// three requests went out: the first, its 429 and the retry
			assertThat(crm.quota()).extracting(SeaTableEndpoint.WindowDescriptor::used).containsExactly(3, 3);
			assertThat(endpoint.base("missing")).isNull();
			SeaTableEndpoint.BaseDescriptor unused = endpoint.bases().bases().get("default");
			assertThat(unused.tokenValidUntil()).isNull();
			assertThat(unused.lastRateLimitedAt()).isNull();

			String json = JsonMapper.shared().writeValueAsString(endpoint.bases());
			assertThat(json).contains("\"crm\"", "\"nextFreePermit\"", "\"limit\":300")
				.doesNotContain(this.base.apiToken(), this.crm.apiToken(), "eyJ");
		});
	}

	@Test
	void envAndConfigpropsNeverShowSeaTableSecrets() {
		runner().withPropertyValues("seatable.account.password=s3cret-pass", "seatable.account.token=acct-token-value")
			.withSystemProperties("SEATABLE_BASES_OTHER_API_TOKEN=env-style-token")
			.run((context) -> {
				String env = JsonMapper.shared()
					.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
				String configprops = JsonMapper.shared()
					.writeValueAsString(
							context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
				for (String json : List.of(env, configprops)) {
					assertThat(json).doesNotContain(this.base.apiToken(), this.crm.apiToken(), "s3cret-pass",
							"acct-token-value", "env-style-token");
				}
				// other values stay visible with show-values=always
				assertThat(env).contains(this.emulator.serverUrl());
				assertThat(configprops).contains(this.emulator.serverUrl());
			});
	}

}

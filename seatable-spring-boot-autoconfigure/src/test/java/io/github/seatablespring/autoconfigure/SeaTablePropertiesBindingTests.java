package io.github.seatablespring.autoconfigure;

import java.net.URI;
import java.time.Duration;

import io.github.seatablespring.ratelimit.RateWindow;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Every {@code seatable.*} property binds and reaches the settings of the bases. */
class SeaTablePropertiesBindingTests {

	private static final String CRM_TOKEN = "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b";

	private static final String HR_TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432";

	private final ApplicationContextRunner runner = SeaTableContextRunners.runner();

	@Test
	void defaultsMatchSeaTableCloud() {
		this.runner.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN).run((context) -> {
			assertThat(context).hasNotFailed();
			SeaTableBases bases = context.getBean(SeaTableBases.class);
			assertThat(bases.settings()).containsExactly(new SeaTableBaseSettings(SeaTableBaseSettings.DEFAULT_BASE,
					URI.create("https://cloud.seatable.io"), TestTokens.API_TOKEN, Duration.ofSeconds(30),
					Duration.ofMinutes(5), true, 300, 5000, Duration.ofSeconds(61), 3));
			assertThat(bases.quota(SeaTableBaseSettings.DEFAULT_BASE)).isPresent();
		});
	}

	@Test
	void topLevelPropertiesBindAndNamedBasesFallBackToThem() {
		this.runner
			.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN,
					"seatable.server-url=http://seatable.example.com:8080", "seatable.timeout=5s",
					"seatable.token.refresh-before-expiry=2m", "seatable.rate-limit.enabled=false",
					"seatable.rate-limit.requests-per-minute=100", "seatable.rate-limit.requests-per-day=1000",
					"seatable.rate-limit.max-wait=10s", "seatable.rate-limit.retry-on-429=5",
					"seatable.bases.hr.api-token=" + HR_TOKEN)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SeaTableBases bases = context.getBean(SeaTableBases.class);
				assertThat(bases.names()).containsExactly(SeaTableBaseSettings.DEFAULT_BASE, "hr");
				assertThat(bases.settings()).containsExactly(new SeaTableBaseSettings(SeaTableBaseSettings.DEFAULT_BASE,
						URI.create("http://seatable.example.com:8080"), TestTokens.API_TOKEN, Duration.ofSeconds(5),
						Duration.ofMinutes(2), false, 100, 1000, Duration.ofSeconds(10), 5),
						new SeaTableBaseSettings("hr", URI.create("http://seatable.example.com:8080"), HR_TOKEN,
								Duration.ofSeconds(5), Duration.ofMinutes(2), false, 100, 1000, Duration.ofSeconds(10),
								5));
				// rate-limit.enabled=false: no client-side quota
				assertThat(bases.quota(SeaTableBaseSettings.DEFAULT_BASE)).isEmpty();
				assertThat(bases.quota("hr")).isEmpty();
			});
	}

	@Test
	void namedBasePropertiesOverrideTopLevelOnes() {
		this.runner.withPropertyValues("seatable.bases.crm.api-token=" + CRM_TOKEN,
				"seatable.bases.crm.server-url=https://crm.example.com", "seatable.bases.crm.timeout=7s",
				"seatable.bases.crm.rate-limit.enabled=false", "seatable.bases.crm.rate-limit.requests-per-minute=50",
				"seatable.bases.crm.rate-limit.requests-per-day=600", "seatable.bases.crm.rate-limit.max-wait=3s",
				"seatable.bases.crm.rate-limit.retry-on-429=1", "seatable.bases.hr.api-token=" + HR_TOKEN,
				"seatable.token.refresh-before-expiry=90s", "seatable.rate-limit.requests-per-minute=120")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SeaTableBases bases = context.getBean(SeaTableBases.class);
				assertThat(bases.settings())
					.containsExactly(new SeaTableBaseSettings("crm", URI.create("https://crm.example.com"), CRM_TOKEN,
							Duration.ofSeconds(7), Duration.ofSeconds(90), false, 50, 600, Duration.ofSeconds(3), 1),
							new SeaTableBaseSettings("hr", URI.create("https://cloud.seatable.io"), HR_TOKEN,
									Duration.ofSeconds(30), Duration.ofSeconds(90), true, 120, 5000,
									Duration.ofSeconds(61), 3));
				assertThat(bases.quota("crm")).isEmpty();
				// the quota follows the resolved settings
				assertThat(bases.quota("hr").orElseThrow().getWindows()).extracting(RateWindow::limit)
					.containsExactly(120, 5000);
			});
	}

}

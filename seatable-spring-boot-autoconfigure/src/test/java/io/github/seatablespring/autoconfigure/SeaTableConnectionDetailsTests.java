package io.github.seatablespring.autoconfigure;

import java.net.URI;
import java.util.Map;

import io.github.seatablespring.core.SeaTableTemplate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SeaTableConnectionDetails: backed by the properties by default, replaced by a bean of
 * the application.
 */
class SeaTableConnectionDetailsTests {

	private static final String TOKEN = "a".repeat(40);

	private static final String OTHER_TOKEN = "b".repeat(40);

	@Test
	void propertiesBackTheDefaultConnectionDetails() {
		SeaTableContextRunners.runner()
			.withPropertyValues("seatable.server-url=https://seatable.example.com", "seatable.api-token=" + TOKEN,
					"seatable.bases.crm.api-token=" + OTHER_TOKEN)
			.run((context) -> {
				SeaTableConnectionDetails details = context.getBean(SeaTableConnectionDetails.class);
				assertThat(details).isInstanceOf(PropertiesSeaTableConnectionDetails.class);
				assertThat(details.getServerUrl()).isEqualTo(URI.create("https://seatable.example.com"));
				assertThat(details.getApiToken()).isEqualTo(TOKEN);
				assertThat(details.getBases()).containsOnlyKeys("crm");
				assertThat(details.getBases().get("crm").toString()).doesNotContain(OTHER_TOKEN);
			});
	}

	@Test
	void aConnectionDetailsBeanReplacesServersAndTokensButKeepsTheOtherSettings() {
		SeaTableContextRunners.runner()
			.withBean(SeaTableConnectionDetails.class,
					() -> new Fixed(URI.create("http://127.0.0.1:9"), TOKEN,
							Map.of("crm", new SeaTableConnectionDetails.Base(null, OTHER_TOKEN))))
			.withPropertyValues("seatable.bases.crm.rate-limit.requests-per-minute=42",
					"seatable.bases.legacy.api-token=" + "c".repeat(40), "seatable.timeout=7s")
			.run((context) -> {
				assertThat(context).hasSingleBean(SeaTableTemplate.class);
				SeaTableBases bases = context.getBean(SeaTableBases.class);
				assertThat(bases.names()).containsExactly("default", "crm");
				assertThat(bases.settings()).allSatisfy((settings) -> {
					assertThat(settings.serverUrl()).isEqualTo(URI.create("http://127.0.0.1:9"));
					assertThat(settings.timeout()).hasSeconds(7);
				});
				assertThat(bases.base("crm").settings().apiToken()).isEqualTo(OTHER_TOKEN);
				assertThat(bases.base("crm").settings().requestsPerMinute()).isEqualTo(42);
				// the bound properties stay as configured
				assertThat(context.getBean(SeaTableProperties.class).getApiToken()).isNull();
			});
	}

	private record Fixed(URI serverUrl, @Nullable String apiToken,
			Map<String, Base> bases) implements SeaTableConnectionDetails {

		@Override
		public URI getServerUrl() {
			return this.serverUrl;
		}

		@Override
		public @Nullable String getApiToken() {
			return this.apiToken;
		}

		@Override
		public Map<String, Base> getBases() {
			return this.bases;
		}

	}

}

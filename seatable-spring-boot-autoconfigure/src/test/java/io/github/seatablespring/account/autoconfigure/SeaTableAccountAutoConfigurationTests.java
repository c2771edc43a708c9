package io.github.seatablespring.account.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;

import io.github.seatablespring.account.ReactiveSeaTableAccountTemplate;
import io.github.seatablespring.account.SeaTableAccountTemplate;
import io.github.seatablespring.autoconfigure.SeaTableAutoConfiguration;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.core.SeaTableTemplate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class SeaTableAccountAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations
		.of(JacksonAutoConfiguration.class, CodecsAutoConfiguration.class, WebClientAutoConfiguration.class,
				SeaTableAutoConfiguration.class, SeaTableAccountAutoConfiguration.class));

	@Test
	void usernameAndPasswordAloneGiveTheAccountTemplatesAndNoBaseTemplate() {
		this.runner.withPropertyValues("seatable.account.username=a@example.com", "seatable.account.password=pw")
			.run((context) -> {
				assertThat(context).hasSingleBean(SeaTableAccountTemplate.class)
					.hasSingleBean(ReactiveSeaTableAccountTemplate.class)
					.hasSingleBean(SeaTableTemplateFactory.class)
					.doesNotHaveBean(SeaTableTemplate.class);
				assertThat(context.getBean(SeaTableAccountProperties.class).toString()).doesNotContain("pw");
			});
	}

	@Test
	void anAccountTokenWorksBesideAnApiToken() {
		this.runner
			.withPropertyValues("seatable.account.token=25285a3da6fff1f7a6f9c9abc8da12dcd2bd4470",
					"seatable.api-token=0f5b8e2a7c9d41e3b6a8f0c2d4e6a8b0c2d4e6f8")
			.run((context) -> assertThat(context).hasSingleBean(SeaTableAccountTemplate.class)
				.hasSingleBean(SeaTableTemplate.class)
				.hasSingleBean(SeaTableTemplateFactory.class));
	}

	@Test
	void withoutAccountPropertiesThereIsNoAccountTemplate() {
		this.runner.withPropertyValues("seatable.account.username=")
			.run((context) -> assertThat(context).doesNotHaveBean(SeaTableAccountTemplate.class));
	}

	@Test
	void aUsernameWithoutPasswordFailsAtStartNamingThePassword() {
		this.runner.withPropertyValues("seatable.account.username=a@example.com").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("seatable.account.password");
		});
	}

	@Test
	void tokenAndPasswordTogetherFailWithoutPrintingEither() {
		this.runner
			.withPropertyValues("seatable.account.username=a@example.com", "seatable.account.password=pw-secret",
					"seatable.account.token=tok-secret")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("seatable.account.token")
					.hasMessageNotContaining("pw-secret")
					.hasMessageNotContaining("tok-secret");
			});
	}

	@Test
	void aRateLimitBelowOneFails() {
		this.runner.withPropertyValues("seatable.account.token=t", "seatable.account.rate-limit.requests-per-minute=0")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("seatable.account.rate-limit.requests-per-minute"));
	}

	@Test
	void theAccountPropertiesAreDocumented() throws IOException {
		JsonNode found = null;
		for (URL url : Collections
			.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : JsonMapper.shared().readTree(in).path("properties")) {
					if (property.path("name").asString("").equals("seatable.account.rate-limit.requests-per-minute")) {
						found = property;
					}
				}
			}
		}
		assertThat(found).isNotNull();
		assertThat(found.path("defaultValue").asInt()).isEqualTo(300);
		assertThat(found.path("description").asString()).contains("60-second window");
	}

}

package io.github.seatablespring.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableValidationException;
import io.github.seatablespring.core.RowValidation;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code seatable.validation.*} binds, is checked, and reaches the templates of every
 * base.
 */
@WireMockTest
class SeaTableValidationPropertiesTests {

	private static final String HR_TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432";

	private final ApplicationContextRunner runner = SeaTableContextRunners.runner()
		.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN);

	@Test
	void defaultsCheckRowsWithMetadataOfFiveMinutes() {
		this.runner.run((context) -> assertThat(context.getBean(SeaTableBases.class).settings()).singleElement()
			.satisfies((settings) -> assertThat(settings.validation()).isEqualTo(RowValidation.DEFAULTS)));
	}

	@Test
	void propertiesApplyToEveryBase() {
		this.runner
			.withPropertyValues("seatable.validation.enabled=false", "seatable.validation.metadata-ttl=30s",
					"seatable.validation.allow-new-select-options=true", "seatable.bases.hr.api-token=" + HR_TOKEN)
			.run((context) -> assertThat(context.getBean(SeaTableBases.class).settings())
				.extracting(SeaTableBaseSettings::validation)
				.containsOnly(new RowValidation(false, Duration.ofSeconds(30), true))
				.hasSize(2));
	}

	@Test
	void negativeTimeToLiveFailsTheStartup() {
		this.runner.withPropertyValues("seatable.validation.metadata-ttl=-1s").run((context) -> {
			assertThat(context).hasFailed();
			Throwable root = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
			assertThat(root).isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("seatable.validation.metadata-ttl");
		});
	}

	@Test
	void theAutoConfiguredTemplateRefusesInvalidRowsUnlessDisabled(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock().register(get(SeaTableStubs.gateway("/metadata/")).willReturn(okJson("""
				{"metadata":{"tables":[{"_id":"0000","name":"Tasks","views":[],
				"columns":[{"key":"0000","name":"Done","type":"checkbox"}]}]}}""")));
		wm.getWireMock()
			.register(post(SeaTableStubs.gateway("/rows/"))
				.willReturn(okJson("{\"inserted_row_count\":1,\"row_ids\":[{\"_id\":\"Bko1e60YT-egit2SljWSZA\"}]}")));
		ApplicationContextRunner onWireMock = this.runner
			.withPropertyValues("seatable.server-url=" + wm.getHttpBaseUrl());

		onWireMock.run((context) -> assertThatExceptionOfType(SeaTableValidationException.class).isThrownBy(
				() -> context.getBean(SeaTableBases.class).template("default").appendRow("Tasks", Map.of("Done", 1))));
		assertThat(wm.getWireMock().find(anyRequestedFor(SeaTableStubs.gateway("/rows/")))).isEmpty();

		onWireMock.withPropertyValues("seatable.validation.enabled=false")
			.run((context) -> context.getBean(SeaTableBases.class)
				.template("default")
				.appendRow("Tasks", Map.of("Done", 1)));
		wm.getWireMock().verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

}

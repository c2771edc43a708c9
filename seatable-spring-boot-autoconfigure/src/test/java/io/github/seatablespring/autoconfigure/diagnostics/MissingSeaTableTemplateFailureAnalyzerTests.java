package io.github.seatablespring.autoconfigure.diagnostics;

import io.github.seatablespring.autoconfigure.SeaTableAutoConfiguration;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.SeaTableOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The failure report of an application that injects a template the configuration does not
 * create.
 */
@ExtendWith(OutputCaptureExtension.class)
class MissingSeaTableTemplateFailureAnalyzerTests {

	private static final String TOKEN = "a".repeat(40);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, WebClientAutoConfiguration.class,
				SeaTableAutoConfiguration.class))
		.withUserConfiguration(NeedsTemplate.class);

	@Test
	void withoutTokenSaysWhichPropertyToSet() {
		FailureAnalysis analysis = analyze(this.runner);
		assertThat(analysis.getDescription()).contains(SeaTableOperations.class.getName(),
				"no API token is configured");
		assertThat(analysis.getAction()).contains("Set seatable.api-token", "${SEATABLE_API_TOKEN:}");
	}

	@Test
	void withOnlyNamedBasesPointsToSeaTableBases() {
		FailureAnalysis analysis = analyze(this.runner, "seatable.bases.crm.api-token=" + TOKEN);
		assertThat(analysis.getDescription()).contains("only named bases are configured (seatable.bases.{crm})");
		assertThat(analysis.getAction()).contains("Inject SeaTableBases", "bases.template(\"crm\")");
	}

	@Test
	void whenSwitchedOffSaysSo() {
		FailureAnalysis analysis = analyze(this.runner, "seatable.api-token=" + TOKEN, "seatable.enabled=false");
		assertThat(analysis.getDescription()).contains("seatable.enabled=false");
	}

	@Test
	void otherMissingBeansAreLeftToBoot() {
		assertThat(analyze(new ApplicationContextRunner().withUserConfiguration(NeedsString.class))).isNull();
	}

	@Test
	void enabledWithoutTokenFailsAtStartUpNamingTheProperty() {
		this.runner.withPropertyValues("seatable.enabled=true").run((context) -> {
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("seatable.enabled")
				.hasMessageContaining("set seatable.api-token");
		});
	}

	@Test
	void enabledWithTokenCreatesTheTemplatesAndStartUpLogsNothingAtInfo(CapturedOutput output) {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, WebClientAutoConfiguration.class,
					SeaTableAutoConfiguration.class))
			.withPropertyValues("seatable.enabled=true", "seatable.api-token=" + TOKEN)
			.run((context) -> {
				assertThat(context).hasSingleBean(ReactiveSeaTableTemplate.class);
				assertThat(output.getAll()).doesNotContain(" INFO io.github.seatablespring")
					.doesNotContain("INFO io.github.seatablespring");
			});
	}

	@Test
	void bootPrintsTheAnalysisWhenTheApplicationFailsToStart(CapturedOutput output) {
		SpringApplication application = new SpringApplication(NeedsTemplateApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> application.run("--spring.main.banner-mode=off"));
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "no API token is configured",
				"Set seatable.api-token");
	}

	/** The analysis of the start-up failure of a context with the given properties. */
	private static FailureAnalysis analyze(ApplicationContextRunner runner, String... properties) {
		MockEnvironment environment = new MockEnvironment();
		for (String property : properties) {
			String[] pair = property.split("=", 2);
			environment.setProperty(pair[0], pair[1]);
		}
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		runner.withPropertyValues(properties).run((context) -> {
			assertThat(context.getStartupFailure()).isNotNull();
			analysis[0] = new MissingSeaTableTemplateFailureAnalyzer(environment).analyze(context.getStartupFailure());
		});
		return analysis[0];
	}

	@Configuration(proxyBeanMethods = false)
	static class NeedsTemplate {

		@Bean
		String user(SeaTableOperations seaTable) {
			return "user";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ JacksonAutoConfiguration.class, WebClientAutoConfiguration.class,
			SeaTableAutoConfiguration.class })
	@Import(NeedsTemplate.class)
	static class NeedsTemplateApplication {

	}

	@Configuration(proxyBeanMethods = false)
	static class NeedsString {

		@Bean
		Integer user(StringBuilder missing) {
			return 1;
		}

	}

}

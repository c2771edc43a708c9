package io.github.seatablespring.autoconfigure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused secret ({@code api-token}, a server URL with a password) is reported by the
 * starter's own failure analysis, naming the property and the fix, never the value:
 * Boot's analyzer would print the raw value of every property source that sets it.
 */
class SeaTableSecretPropertiesTests {

	private static final String PASSWORD = "s3cr3t-Pa55";

	private final ApplicationContextRunner runner = SeaTableContextRunners.runner();

	@Test
	void apiTokenWithTrailingNewlineIsRefusedWithoutItsValue() {
		assertRefused(withRawProperty("seatable.api-token", TestTokens.API_TOKEN + "\n"), (analysis) -> {
			assertThat(analysis.getDescription()).contains("'seatable.api-token'", "line breaks");
			assertThat(analysis.getAction()).contains("trailing newline");
		});
	}

	@Test
	void unresolvedPlaceholderIsRefusedNamingTheVariable() {
		assertRefused(this.runner.withPropertyValues("seatable.api-token=${SEATABLE_API_TOKEN}"), (analysis) -> {
			assertThat(analysis.getDescription()).contains("'seatable.api-token'",
					"unresolved placeholder ${SEATABLE_API_TOKEN}");
			assertThat(analysis.getAction()).contains("'SEATABLE_API_TOKEN'");
		});
	}

	@Test
	void serverUrlWithUserInfoIsRefusedWithoutThePassword() {
		assertRefused(this.runner.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN,
				"seatable.server-url=https://admin:" + PASSWORD + "@seatable.example.com"), (analysis) -> {
					assertThat(analysis.getDescription()).contains("'seatable.server-url'", "user information");
					assertThat(analysis.getAction()).contains("user:password@");
				});
	}

	@Test
	void serverUrlWithQueryIsRefused() {
		assertRefused(this.runner.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN,
				"seatable.server-url=https://seatable.example.com?token=" + PASSWORD), (analysis) -> {
					assertThat(analysis.getDescription()).contains("'seatable.server-url'", "query");
				});
	}

	@Test
	void emptyServerUrlIsAnErrorNotSeaTableCloud() {
		assertRefused(
				this.runner.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN, "seatable.server-url="),
				(analysis) -> {
					assertThat(analysis.getDescription()).contains("'seatable.server-url'", "empty");
					assertThat(analysis.getAction()).contains("remove the property");
				});
	}

	@Test
	void namedBaseTokenIsCheckedUnderItsOwnName() {
		assertRefused(withRawProperty("seatable.bases.crm.api-token", TestTokens.API_TOKEN + " "),
				(analysis) -> assertThat(analysis.getDescription()).contains("'seatable.bases.crm.api-token'"));
	}

	@Test
	void nonSecretValuesAreStillShown() {
		assertRefused(
				this.runner.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN,
						"seatable.rate-limit.requests-per-minute=0"),
				(analysis) -> assertThat(analysis.getDescription()).contains("'0'",
						"'seatable.rate-limit.requests-per-minute'", "at least 1"));
	}

	@Test
	void settingsBuiltDirectlyPrintNeitherTokenNorUserInfo() {
		SeaTableBaseSettings settings = new SeaTableBaseSettings("test",
				URI.create("https://admin:" + PASSWORD + "@seatable.example.com:8443"), TestTokens.API_TOKEN,
				Duration.ofSeconds(30), Duration.ofMinutes(5), true, 300, 5000, Duration.ofMinutes(1), 3);

		assertThat(settings.toString()).contains("serverUrl=https://seatable.example.com:8443")
			.doesNotContain(PASSWORD, TestTokens.API_TOKEN);
	}

	@Test
	void analyzerIsRegisteredForBootsFailureReport() {
		assertThat(analyzers()).first().isInstanceOf(SeaTablePropertyFailureAnalyzer.class);
	}

	/** A property as an environment variable gives it: untrimmed, newline included. */
	private ApplicationContextRunner withRawProperty(String name, String value) {
		return this.runner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("environment", Map.of(name, value))));
	}

	/**
	 * Boot's failure analyzers in their order; those that need a bean factory are left
	 * out.
	 */
	private static List<FailureAnalyzer> analyzers() {
		return SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, ex) -> {
			}));
	}

	/**
	 * Asserts that the start-up fails with a refused property that the starter's analyzer
	 * reports, and that neither the report nor the stack trace contains the token or the
	 * password.
	 */
	private static void assertRefused(ApplicationContextRunner runner, Consumer<FailureAnalysis> assertions) {
		runner.run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
				.isInstanceOf(InvalidSeaTablePropertyException.class);
			// the first analysis wins, as in Boot's FailureAnalyzers
			FailureAnalysis analysis = analyzers().stream()
				.map((analyzer) -> analyzer.analyze(failure))
				.filter((result) -> result != null)
				.findFirst()
				.orElseThrow();
			assertThat(analysis).isNotNull();
			assertions.accept(analysis);
			StringWriter trace = new StringWriter();
			failure.printStackTrace(new PrintWriter(trace));
			String report = analysis.getDescription() + analysis.getAction() + trace;
			assertThat(report).doesNotContain(TestTokens.API_TOKEN, PASSWORD);
		});
	}

}

package io.github.seatablespring.autoconfigure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;

import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad {@code seatable.*} values fail the startup with the property's name and what to do,
 * and never with the API token in the message.
 */
class SeaTablePropertiesValidationTests {

	private static final String OTHER_TOKEN = "7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b";

	private final ApplicationContextRunner runner = SeaTableContextRunners.runner()
		.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN);

	@Test
	void serverUrlWithoutHttpScheme() {
		assertFailure(this.runner.withPropertyValues("seatable.server-url=ftp://x"), (failure) -> {
			assertThat(failure.getName()).isEqualTo("seatable.server-url");
			assertThat(failure.getMessage()).contains("seatable.server-url", "ftp://x", "absolute http(s) URL");
		});
	}

	@Test
	void serverUrlWithPath() {
		assertFailure(this.runner.withPropertyValues("seatable.server-url=https://cloud.seatable.io/api-gateway"),
				(failure) -> {
					assertThat(failure.getName()).isEqualTo("seatable.server-url");
					assertThat(failure.getMessage()).contains("https://cloud.seatable.io/api-gateway",
							"without a path");
				});
	}

	@Test
	void namedBaseServerUrlIsCheckedUnderItsOwnName() {
		assertFailure(this.runner.withPropertyValues("seatable.bases.crm.api-token=" + OTHER_TOKEN,
				"seatable.bases.crm.server-url=seatable.example.com"), (failure) -> {
					assertThat(failure.getName()).isEqualTo("seatable.bases.crm.server-url");
					assertThat(failure.getMessage()).contains("absolute http(s) URL").doesNotContain(OTHER_TOKEN);
				});
	}

	@Test
	void requestsPerMinuteZero() {
		assertFailure(this.runner.withPropertyValues("seatable.rate-limit.requests-per-minute=0"), (failure) -> {
			assertThat(failure.getName()).isEqualTo("seatable.rate-limit.requests-per-minute");
			assertThat(failure.getMessage()).contains("at least 1");
		});
	}

	@Test
	void namedBaseRequestsPerDayZero() {
		assertFailure(this.runner.withPropertyValues("seatable.bases.crm.api-token=" + OTHER_TOKEN,
				"seatable.bases.crm.rate-limit.requests-per-day=0"), (failure) -> {
					assertThat(failure.getName()).isEqualTo("seatable.bases.crm.rate-limit.requests-per-day");
					assertThat(failure.getMessage()).contains("at least 1").doesNotContain(OTHER_TOKEN);
				});
	}

	@Test
	void retryOn429Zero() {
		assertFailure(this.runner.withPropertyValues("seatable.rate-limit.retry-on-429=0"), (failure) -> {
			assertThat(failure.getName()).isEqualTo("seatable.rate-limit.retry-on-429");
			assertThat(failure.getMessage()).contains("at least 1", "1 turns retrying off");
		});
	}

	@Test
	void timeoutZero() {
		assertFailure(this.runner.withPropertyValues("seatable.timeout=0s"), (failure) -> {
			assertThat(failure.getName()).isEqualTo("seatable.timeout");
			assertThat(failure.getMessage()).contains("positive duration");
		});
	}

	@Test
	void negativeMaxWait() {
		assertFailure(this.runner.withPropertyValues("seatable.rate-limit.max-wait=-1s"), (failure) -> {
			assertThat(failure.getName()).isEqualTo("seatable.rate-limit.max-wait");
			assertThat(failure.getMessage()).contains("not be negative");
		});
	}

	@Test
	void baseNamedDefaultClashesWithTopLevelApiToken() {
		assertFailure(this.runner.withPropertyValues("seatable.bases.default.api-token=" + OTHER_TOKEN), (failure) -> {
			assertThat(failure.getName()).isEqualTo("seatable.bases.default");
			assertThat(failure.getMessage()).contains("seatable.api-token", "choose another name")
				.doesNotContain(OTHER_TOKEN);
		});
	}

	@Test
	void baseWithoutApiToken() {
		assertFailure(this.runner.withPropertyValues("seatable.bases.crm.server-url=https://crm.example.com"),
				(failure) -> {
					assertThat(failure.getName()).isEqualTo("seatable.bases.crm.api-token");
					assertThat(failure.getMessage()).contains("needs an api-token");
				});
	}

	@Test
	void baseWithBlankApiTokenNextToAnotherBase() {
		assertFailure(this.runner.withPropertyValues("seatable.bases.crm.api-token= "), (failure) -> {
			assertThat(failure.getName()).isEqualTo("seatable.bases.crm.api-token");
			assertThat(failure.getMessage()).contains("must not be empty");
		});
	}

	@Test
	void apiTokenWithSpaceIsRejectedWithoutEchoingIt() {
		String pasted = TestTokens.API_TOKEN.substring(0, 16) + " " + TestTokens.API_TOKEN.substring(16);
		assertFailure(SeaTableContextRunners.runner().withPropertyValues("seatable.api-token=" + pasted), (failure) -> {
			assertThat(failure.getName()).isEqualTo("seatable.api-token");
			assertThat(failure.getMessage()).contains("contain spaces", "<hidden>")
				.doesNotContain(TestTokens.API_TOKEN.substring(0, 16), TestTokens.API_TOKEN.substring(16));
		});
	}

	/**
	 * Asserts that the startup fails with an
	 * {@link InvalidConfigurationPropertyValueException} as root cause, and that the
	 * whole failure, stack trace included, contains no API token.
	 */
	private static void assertFailure(ApplicationContextRunner runner,
			Consumer<InvalidConfigurationPropertyValueException> assertions) {
		runner.run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
			assertThat(root).isInstanceOf(InvalidConfigurationPropertyValueException.class);
			assertions.accept((InvalidConfigurationPropertyValueException) root);
			StringWriter trace = new StringWriter();
			failure.printStackTrace(new PrintWriter(trace));
			// neither whole tokens nor the halves of the one pasted with a space
			assertThat(trace.toString()).doesNotContain(TestTokens.API_TOKEN.substring(0, 16),
					TestTokens.API_TOKEN.substring(16), OTHER_TOKEN);
		});
	}

}

package io.github.seatablespring.autoconfigure;

import io.github.seatablespring.core.ReactiveSeaTableOperations;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.SeaTableOperations;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The client switches on with an API token, and only then. */
class SeaTableAutoConfigurationActivationTests {

	private final ApplicationContextRunner runner = SeaTableContextRunners.runner();

	@Test
	void withoutApiTokenNoSeaTableBeansAndContextStarts() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			// the rest of the application is unaffected
			assertThat(context).hasSingleBean(WebClient.Builder.class);
			assertNoSeaTableBeans(context);
		});
	}

	@Test
	void blankApiTokenCountsAsNotSet() {
		this.runner.withPropertyValues("seatable.api-token=", "seatable.bases.crm.api-token=  ").run((context) -> {
			assertThat(context).hasNotFailed();
			assertNoSeaTableBeans(context);
		});
	}

	@Test
	void otherSeaTablePropertiesAloneDoNotSwitchItOn() {
		this.runner.withPropertyValues("seatable.server-url=ftp://not-checked-while-off", "seatable.timeout=0s")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertNoSeaTableBeans(context);
			});
	}

	@Test
	void apiTokenCreatesTemplatesForTheDefaultBase() {
		this.runner.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(SeaTableTemplateFactory.class);
			assertThat(context).hasSingleBean(SeaTableBases.class);
			assertThat(context).hasSingleBean(SeaTableTemplate.class);
			assertThat(context).hasSingleBean(SeaTableOperations.class);
			assertThat(context).hasSingleBean(ReactiveSeaTableTemplate.class);
			assertThat(context).hasSingleBean(ReactiveSeaTableOperations.class);
			SeaTableBases bases = context.getBean(SeaTableBases.class);
			assertThat(bases.names()).containsExactly(SeaTableBaseSettings.DEFAULT_BASE);
			// the beans are the default base's templates, not separate stacks
			assertThat(context.getBean(ReactiveSeaTableTemplate.class))
				.isSameAs(bases.reactiveTemplate(SeaTableBaseSettings.DEFAULT_BASE));
			assertThat(context.getBean(SeaTableTemplate.class).reactive())
				.isSameAs(context.getBean(ReactiveSeaTableTemplate.class));
		});
	}

	@Test
	void onlyNamedBaseCreatesSeaTableBasesButNoUnnamedTemplates() {
		this.runner.withPropertyValues("seatable.bases.crm.api-token=" + TestTokens.API_TOKEN).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(SeaTableBases.class);
			assertThat(context).hasSingleBean(SeaTableTemplateFactory.class);
			assertThat(context.getBean(SeaTableBases.class).names()).containsExactly("crm");
			assertThat(context.getBean(SeaTableBases.class).template("crm")).isNotNull();
			assertThat(context).doesNotHaveBean(SeaTableOperations.class);
			assertThat(context).doesNotHaveBean(ReactiveSeaTableOperations.class);
		});
	}

	private static void assertNoSeaTableBeans(AssertableApplicationContext context) {
		assertThat(context).doesNotHaveBean(SeaTableProperties.class);
		assertThat(context).doesNotHaveBean(SeaTableTemplateFactory.class);
		assertThat(context).doesNotHaveBean(SeaTableBases.class);
		assertThat(context).doesNotHaveBean(SeaTableOperations.class);
		assertThat(context).doesNotHaveBean(ReactiveSeaTableOperations.class);
	}

}

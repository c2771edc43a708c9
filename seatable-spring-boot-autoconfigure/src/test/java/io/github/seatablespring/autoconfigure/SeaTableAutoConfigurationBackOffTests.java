package io.github.seatablespring.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.seatablespring.core.ReactiveSeaTableOperations;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.SeaTableOperations;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Beans the application defines itself replace the auto-configured ones. */
class SeaTableAutoConfigurationBackOffTests {

	private final ApplicationContextRunner runner = SeaTableContextRunners.runner()
		.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN);

	@Test
	void userSeaTableOperationsReplacesBlockingTemplate() {
		SeaTableOperations own = mock(SeaTableOperations.class);
		this.runner.withBean(SeaTableOperations.class, () -> own).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).getBean(SeaTableOperations.class).isSameAs(own);
			assertThat(context).doesNotHaveBean(SeaTableTemplate.class);
			// the reactive side is still auto-configured
			assertThat(context).hasSingleBean(ReactiveSeaTableTemplate.class);
		});
	}

	@Test
	void userSeaTableTemplateReplacesBlockingTemplate() {
		this.runner
			.withBean("ownTemplate", SeaTableTemplate.class,
					() -> new SeaTableTemplate(mock(ReactiveSeaTableOperations.class)))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(SeaTableOperations.class);
				assertThat(context.getBeanNamesForType(SeaTableOperations.class)).containsExactly("ownTemplate");
			});
	}

	@Test
	void userReactiveOperationsReplacesReactiveTemplateAndIsWrappedByBlockingOne() {
		ReactiveSeaTableOperations own = mock(ReactiveSeaTableOperations.class);
		this.runner.withBean(ReactiveSeaTableOperations.class, () -> own).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).getBean(ReactiveSeaTableOperations.class).isSameAs(own);
			assertThat(context).doesNotHaveBean(ReactiveSeaTableTemplate.class);
			assertThat(context.getBean(SeaTableTemplate.class).reactive()).isSameAs(own);
		});
	}

	@Test
	void userSeaTableBasesReplacesOursAndFeedsTheTemplates() {
		SeaTableBases own = new SeaTableBases(Map.of(SeaTableBaseSettings.DEFAULT_BASE,
				TestBases.factory(Clock.systemUTC()).create(settings(SeaTableBaseSettings.DEFAULT_BASE))));
		this.runner.withBean(SeaTableBases.class, () -> own).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).getBean(SeaTableBases.class).isSameAs(own);
			assertThat(context.getBean(ReactiveSeaTableTemplate.class))
				.isSameAs(own.reactiveTemplate(SeaTableBaseSettings.DEFAULT_BASE));
			assertThat(context.getBean(SeaTableTemplate.class).reactive())
				.isSameAs(own.reactiveTemplate(SeaTableBaseSettings.DEFAULT_BASE));
		});
	}

	@Test
	void userFactoryBuildsEveryConfiguredBase() {
		List<String> built = new CopyOnWriteArrayList<>();
		SeaTableTemplateFactory own = new SeaTableTemplateFactory(WebClient.builder(),
				List.of((name, builder) -> built.add(name)), JsonMapper.shared(), Clock.systemUTC());
		this.runner.withBean(SeaTableTemplateFactory.class, () -> own)
			.withPropertyValues("seatable.bases.crm.api-token=" + TestTokens.API_TOKEN)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(SeaTableTemplateFactory.class).isSameAs(own);
				assertThat(built).containsExactly(SeaTableBaseSettings.DEFAULT_BASE, "crm");
			});
	}

	private static SeaTableBaseSettings settings(String name) {
		return new SeaTableBaseSettings(name, URI.create("http://localhost:1"), TestTokens.API_TOKEN,
				Duration.ofSeconds(1), Duration.ofMinutes(5), true, 300, 5000, Duration.ofMinutes(1), 3);
	}

}

package io.github.seatablespring.test;

import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the emulator of an {@link EmbeddedSeaTable @EmbeddedSeaTable} context, registers it and its
 * base as beans (the emulator is closed with the context) and points {@code seatable.*} at the base.
 * Equal for equal annotation attributes, so that Spring's context cache can share contexts.
 */
class EmbeddedSeaTableContextCustomizer implements ContextCustomizer {

	static final String EMULATOR_BEAN = "seaTableEmulator";

	static final String BASE_BEAN = "embeddedSeaTableBase";

	private final String baseName;

	private final String fixture;

	private final int requestsPerMinute;

	private final int requestsPerDay;

	EmbeddedSeaTableContextCustomizer(EmbeddedSeaTable annotation) {
		this.baseName = annotation.baseName();
		this.fixture = annotation.fixture();
		this.requestsPerMinute = annotation.requestsPerMinute();
		this.requestsPerDay = annotation.requestsPerDay();
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		SeaTableEmulator emulator = SeaTableEmulator.builder().requestsPerMinute(this.requestsPerMinute)
			.requestsPerDay(this.requestsPerDay).build().start();
		EmulatedBase base = emulator.createBase(this.baseName);
		if (!this.fixture.isEmpty()) {
			try {
				base.load(context.getResource(this.fixture));
			}
			catch (RuntimeException ex) {
				emulator.close();
				throw new IllegalStateException("Could not load the @EmbeddedSeaTable fixture " + this.fixture, ex);
			}
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(EMULATOR_BEAN, emulator);
		beanFactory.registerSingleton(BASE_BEAN, base);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(EMULATOR_BEAN, emulator::close);
		}
		else {
			context.addApplicationListener((event) -> {
				if (event instanceof org.springframework.context.event.ContextClosedEvent) {
					emulator.close();
				}
			});
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedSeaTable",
				Map.of("seatable.server-url", emulator.serverUrl(), "seatable.api-token", base.apiToken())));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EmbeddedSeaTableContextCustomizer that && this.baseName.equals(that.baseName)
				&& this.fixture.equals(that.fixture)
				&& this.requestsPerMinute == that.requestsPerMinute && this.requestsPerDay == that.requestsPerDay;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.baseName, this.fixture, this.requestsPerMinute, this.requestsPerDay);
	}

}

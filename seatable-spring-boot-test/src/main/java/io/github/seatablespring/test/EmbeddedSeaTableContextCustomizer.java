package io.github.seatablespring.test;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.seatablespring.autoconfigure.SeaTableConnectionDetails;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ResourceLoader;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the emulator of an {@link EmbeddedSeaTable @EmbeddedSeaTable} context, registers
 * it and its default base as beans (the emulator is closed with the context) and
 * contributes {@link SeaTableConnectionDetails} for the default and the named bases.
 * Equal for equal annotation attributes, so that Spring's context cache can share
 * contexts.
 */
class EmbeddedSeaTableContextCustomizer implements ContextCustomizer {

	static final String EMULATOR_BEAN = "seaTableEmulator";

	static final String BASE_BEAN = "embeddedSeaTableBase";

	static final String CONNECTION_DETAILS_BEAN = "embeddedSeaTableConnectionDetails";

	static final String STATE_BEAN = "embeddedSeaTableState";

	private final String baseName;

	private final String fixture;

	private final int requestsPerMinute;

	private final int requestsPerDay;

	private final List<String> bases;

	private final boolean defaultBase;

	EmbeddedSeaTableContextCustomizer(EmbeddedSeaTable annotation) {
		this.baseName = annotation.baseName();
		this.fixture = annotation.fixture();
		this.requestsPerMinute = annotation.requestsPerMinute();
		this.requestsPerDay = annotation.requestsPerDay();
		this.bases = List.copyOf(Arrays.asList(annotation.bases()));
		this.defaultBase = annotation.defaultBase();
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		SeaTableEmulator emulator = SeaTableEmulator.builder()
			.requestsPerMinute(this.requestsPerMinute)
			.requestsPerDay(this.requestsPerDay)
			.build()
			.start();
		EmulatedBase base = this.defaultBase ? emulator.createBase(this.baseName) : null;
		Map<String, EmulatedBase> named = new LinkedHashMap<>();
		this.bases.forEach((name) -> named.put(name, emulator.createBase(name)));
		State state = new State(emulator, base, named, this.fixture);
		try {
			state.loadFixture(context);
		}
		catch (RuntimeException ex) {
			emulator.close();
			throw new IllegalStateException("Could not load the @EmbeddedSeaTable fixture " + this.fixture, ex);
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(EMULATOR_BEAN, emulator);
		if (base != null) {
			beanFactory.registerSingleton(BASE_BEAN, base);
		}
		beanFactory.registerSingleton(STATE_BEAN, state);
		beanFactory.registerSingleton(CONNECTION_DETAILS_BEAN, new EmulatorConnectionDetails(emulator, base, named));
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
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EmbeddedSeaTableContextCustomizer that && this.baseName.equals(that.baseName)
				&& this.fixture.equals(that.fixture) && this.requestsPerMinute == that.requestsPerMinute
				&& this.requestsPerDay == that.requestsPerDay && this.bases.equals(that.bases)
				&& this.defaultBase == that.defaultBase;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.baseName, this.fixture, this.requestsPerMinute, this.requestsPerDay, this.bases,
				this.defaultBase);
	}

	/**
	 * The emulated bases of a context, and how to bring them back to their initial state.
	 */
	static final class State {

		private final SeaTableEmulator emulator;

		private final @Nullable EmulatedBase base;

		private final Map<String, EmulatedBase> named;

		private final String fixture;

		State(SeaTableEmulator emulator, @Nullable EmulatedBase base, Map<String, EmulatedBase> named, String fixture) {
			this.emulator = emulator;
			this.base = base;
			this.named = named;
			this.fixture = fixture;
		}

		void loadFixture(ResourceLoader resources) {
			EmulatedBase target = (this.base != null) ? this.base
					: this.named.values().stream().findFirst().orElse(null);
			if (!this.fixture.isEmpty() && target != null) {
				target.load(resources.getResource(this.fixture));
			}
		}

		/**
		 * Empties every base (and clears journal, faults and quota windows), then loads
		 * the fixture again.
		 */
		void reset(ResourceLoader resources) {
			this.emulator.reset();
			loadFixture(resources);
		}

	}

	/** The emulator's server URL and the bases' API tokens. */
	private record EmulatorConnectionDetails(SeaTableEmulator emulator, @Nullable EmulatedBase base,
			Map<String, EmulatedBase> named) implements SeaTableConnectionDetails {

		@Override
		public URI getServerUrl() {
			return URI.create(this.emulator.serverUrl());
		}

		@Override
		public @Nullable String getApiToken() {
			return (this.base != null) ? this.base.apiToken() : null;
		}

		@Override
		public Map<String, Base> getBases() {
			Map<String, Base> bases = new LinkedHashMap<>();
			this.named.forEach((name, emulated) -> bases.put(name, new Base(null, emulated.apiToken())));
			return bases;
		}

		@Override
		public String toString() {
			return "EmulatorConnectionDetails[" + this.emulator.serverUrl() + ", bases=" + this.named.keySet() + "]";
		}

	}

}

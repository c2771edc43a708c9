package io.github.seatablespring.test;

import java.util.List;

import io.github.seatablespring.autoconfigure.SeaTableConnectionDetails;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextCustomizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The @EmbeddedSeaTable customizer: registered through spring.factories, one emulator per
 * context, closed with it.
 */
class EmbeddedSeaTableLifecycleTests {

	@EmbeddedSeaTable(baseName = "Lifecycle")
	static class Annotated {

	}

	@Test
	void factoryIsRegisteredAndIgnoresUnannotatedClasses() {
		List<String> factories = org.springframework.core.io.support.SpringFactoriesLoader
			.forDefaultResourceLocation(getClass().getClassLoader())
			.load(org.springframework.test.context.ContextCustomizerFactory.class)
			.stream()
			.map((factory) -> factory.getClass().getName())
			.toList();
		assertThat(factories).contains(EmbeddedSeaTableContextCustomizerFactory.class.getName());
		assertThat(new EmbeddedSeaTableContextCustomizerFactory().createContextCustomizer(getClass(), List.of()))
			.isNull();
	}

	@Test
	void emulatorIsABeanAndClosedWithTheContext() {
		ContextCustomizer customizer = new EmbeddedSeaTableContextCustomizerFactory()
			.createContextCustomizer(Annotated.class, List.of());
		assertThat(customizer).isEqualTo(
				new EmbeddedSeaTableContextCustomizerFactory().createContextCustomizer(Annotated.class, List.of()));
		GenericApplicationContext context = new GenericApplicationContext();
		customizer.customizeContext(context, null);
		context.refresh();
		SeaTableEmulator emulator = context.getBean(SeaTableEmulator.class);
		EmulatedBase base = context.getBean(EmulatedBase.class);
		assertThat(base.name()).isEqualTo("Lifecycle");
		SeaTableConnectionDetails details = context.getBean(SeaTableConnectionDetails.class);
		assertThat(details.getServerUrl()).hasToString(emulator.serverUrl());
		assertThat(details.getApiToken()).isEqualTo(base.apiToken());
		// connection details, not properties: nothing overrides the application's
		// seatable.* settings
		assertThat(context.getEnvironment().getProperty("seatable.api-token")).isNull();
		EmulatorClient client = new EmulatorClient(emulator);
		assertThat(client.send("GET", "/api2/ping/", "", "").statusCode()).isEqualTo(200);

		context.close();
		// a fresh client: the old one may still hold a pooled connection
		assertThatIllegalStateException()
			.isThrownBy(() -> new EmulatorClient(emulator).send("GET", "/api2/ping/", "", ""));
	}

}

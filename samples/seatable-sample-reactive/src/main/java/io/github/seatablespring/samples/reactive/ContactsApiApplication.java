package io.github.seatablespring.samples.reactive;

import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.SeaTableEmulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.util.StringUtils;

/**
 * Sample: a reactive REST API (WebFlux) over a SeaTable table {@code Contacts}.
 *
 * <p>
 * With {@code SEATABLE_API_TOKEN} (and {@code SEATABLE_SERVER_URL} for your own server)
 * it serves that base, which needs a table {@code Contacts} with the columns Name, Email,
 * City and Age. Without it, it starts an embedded SeaTable emulator with a few seeded
 * contacts, so it runs anywhere.
 */
@SpringBootApplication
public class ContactsApiApplication {

	/** Contacts seeded into the embedded emulator. */
	static final int SEEDED_CONTACTS = 20;

	public static void main(String[] args) {
		run(args);
	}

	static ConfigurableApplicationContext run(String[] args) {
		SpringApplication application = new SpringApplication(ContactsApiApplication.class);
		if (StringUtils.hasText(System.getenv("SEATABLE_API_TOKEN")) || hasTokenArgument(args)) {
			return application.run(args);
		}
		SeaTableEmulator emulator = SeaTableEmulator.start();
		EmulatedBase base = emulator.createBase("Contacts demo");
		EmbeddedContacts.seed(base, SEEDED_CONTACTS);
		System.out.println("No SEATABLE_API_TOKEN set: serving " + SEEDED_CONTACTS
				+ " contacts from an embedded SeaTable emulator at " + emulator.serverUrl());
		// the emulator lives as long as the application
		application.addListeners((ApplicationListener<ContextClosedEvent>) (event) -> emulator.close());
		String[] embedded = { "--seatable.server-url=" + emulator.serverUrl(),
				"--seatable.api-token=" + base.apiToken() };
		try {
			return application.run(StringUtils.concatenateStringArrays(embedded, args));
		}
		catch (RuntimeException ex) {
			emulator.close();
			throw ex;
		}
	}

	private static boolean hasTokenArgument(String[] args) {
		for (String arg : args) {
			if (arg.startsWith("--seatable.api-token=")) {
				return true;
			}
		}
		return false;
	}

}

package io.github.seatablespring.samples.importer;

import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.SeaTableEmulator;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

/**
 * Sample: imports 2,500 contacts into a SeaTable base, runs SQL reports, updates and
 * deletes a few rows, and prints a summary.
 *
 * <p>
 * With {@code SEATABLE_API_TOKEN} (and {@code SEATABLE_SERVER_URL} for your own server)
 * it runs against that base. Without it, it starts an embedded SeaTable emulator, so it
 * runs anywhere.
 */
@SpringBootApplication
public class ContactsImportApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ContactsImportApplication.class);
		if (StringUtils.hasText(System.getenv("SEATABLE_API_TOKEN")) || hasTokenArgument(args)) {
			exit(application.run(args));
			return;
		}
		try (SeaTableEmulator emulator = SeaTableEmulator.start()) {
			EmulatedBase base = emulator.createBase("Contacts demo");
			System.out.println(
					"No SEATABLE_API_TOKEN set: running on an embedded SeaTable emulator at " + emulator.serverUrl());
			String[] embedded = { "--seatable.server-url=" + emulator.serverUrl(),
					"--seatable.api-token=" + base.apiToken() };
			exit(application.run(StringUtils.concatenateStringArrays(embedded, args)));
		}
	}

	@Bean
	@ConditionalOnProperty(name = "contacts-import.run-on-startup", matchIfMissing = true)
	ApplicationRunner importContactsJob(ContactsImporter importer) {
		return (args) -> importer.run();
	}

	@Bean
	RequestCounter requestCounter() {
		return new RequestCounter();
	}

	private static boolean hasTokenArgument(String[] args) {
		for (String arg : args) {
			if (arg.startsWith("--seatable.api-token=")) {
				return true;
			}
		}
		return false;
	}

	private static void exit(ConfigurableApplicationContext context) {
		int code = SpringApplication.exit(context);
		if (code != 0) {
			System.exit(code);
		}
	}

}

package io.github.seatablespring.samples.provisioning;

import io.github.seatablespring.test.SeaTableEmulator;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

/**
 * Sample: provisions a base for a customer through the account operations — log in,
 * create a base in the first workspace, create an API token, import a CSV through that
 * token, register a webhook — and prints what it made.
 *
 * <p>
 * With {@code SEATABLE_USERNAME} and {@code SEATABLE_PASSWORD} (or
 * {@code SEATABLE_ACCOUNT_TOKEN}, and {@code SEATABLE_SERVER_URL} for your own server) it
 * runs against that account. Without them it starts an embedded SeaTable emulator, so it
 * runs anywhere.
 */
@SpringBootApplication
@EnableConfigurationProperties(ProvisioningProperties.class)
public class ProvisioningApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ProvisioningApplication.class);
		if (StringUtils.hasText(System.getenv("SEATABLE_USERNAME"))
				|| StringUtils.hasText(System.getenv("SEATABLE_ACCOUNT_TOKEN"))) {
			exit(application.run(args));
			return;
		}
		try (SeaTableEmulator emulator = SeaTableEmulator.start()) {
			System.out.println(
					"No SEATABLE_USERNAME set: running on an embedded SeaTable emulator at " + emulator.serverUrl());
			String[] embedded = { "--seatable.server-url=" + emulator.serverUrl(),
					"--seatable.account.username=" + emulator.account().username(),
					"--seatable.account.password=" + emulator.account().password() };
			exit(application.run(StringUtils.concatenateStringArrays(embedded, args)));
		}
	}

	@Bean
	ApplicationRunner provisionOnStartup(Provisioner provisioner) {
		return (args) -> provisioner.run();
	}

	private static void exit(ConfigurableApplicationContext context) {
		int code = SpringApplication.exit(context);
		if (code != 0) {
			System.exit(code);
		}
	}

}

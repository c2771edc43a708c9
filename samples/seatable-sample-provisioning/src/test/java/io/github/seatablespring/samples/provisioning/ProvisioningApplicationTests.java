package io.github.seatablespring.samples.provisioning;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's command: the sample provisions a base on the embedded emulator without any
 * configuration.
 */
class ProvisioningApplicationTests {

	@Test
	void mainProvisionsABaseOnTheEmbeddedEmulator() {
		PrintStream original = System.out;
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
		try {
			ProvisioningApplication.main(new String[0]);
		}
		finally {
			System.setOut(original);
		}
		String printed = output.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("running on an embedded SeaTable emulator")
			.contains("[1/5] Logged in as Emulator <emulator@example.com>")
			.contains("[2/5] Created base 'Customer Acme'")
			.contains("[3/5] Created API token 'importer' (READ_WRITE)")
			.contains("[4/5] Imported 8 rows into table 'Customers' through the new API token")
			.contains("[5/5] Registered webhook")
			.contains("has 8 rows (read through the account) and 1 webhook")
			.doesNotContainPattern("[0-9a-f]{40}");
	}

}

package io.github.seatablespring.samples.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command: the main job on the embedded default, with no
 * configuration.
 */
class ContactsImportApplicationTests {

	@Test
	void mainRunsTheImportOnTheEmbeddedEmulatorWithoutAnyConfiguration() {
		PrintStream original = System.out;
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
		try {
			ContactsImportApplication.main(new String[0]);
		}
		finally {
			System.setOut(original);
		}
		String printed = output.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("running on an embedded SeaTable emulator")
			.contains("2,500 rows appended in 3 requests")
			.contains("rows written: 2,505")
			.contains("[5/5] Summary");
	}

}

package io.github.seatablespring.test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** SeaTableEmulatorExtension for tests without Spring. */
class EmulatorExtensionTests {

	@RegisterExtension
	static SeaTableEmulatorExtension seaTable = new SeaTableEmulatorExtension()
		.withBase((base) -> base.createTable("Contacts", List.of(EmulatedColumn.of("Name", "text"))));

	@Test
	void runsAnEmulatorWithASeededBase() {
		seaTable.base().insertRows("Contacts", List.of(Map.of("Name", "Ann")));
		EmulatorClient client = new EmulatorClient(seaTable.emulator());
		String token = client.baseToken(seaTable.base().apiToken());
		HttpResponse<String> rows = client.base("GET", seaTable.base(), token, "rows/?table_name=Contacts", "");
		assertThat(EmulatorClient.json(rows).path("rows").get(0).path("Name").stringValue()).isEqualTo("Ann");
		assertThat(seaTable.base().name()).isEqualTo("Test base");
		assertThat(seaTable.emulator().serverUrl()).startsWith("http://127.0.0.1:");
	}

}

package io.github.seatablespring.test;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.autoconfigure.SeaTableConnectionDetails;
import io.github.seatablespring.core.SeaTableTemplate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * @EmbeddedSeaTable: beans, properties, the emulator's quota and closing with the
 * context.
 */
@SpringBootTest(classes = EmbeddedSeaTableTests.App.class,
		properties = { "seatable.rate-limit.enabled=false", "seatable.rate-limit.retry-on-429=1" })
@EmbeddedSeaTable(baseName = "Quota base", requestsPerMinute = 4)
class EmbeddedSeaTableTests {

	@Autowired
	private SeaTableEmulator emulator;

	@Autowired
	private EmulatedBase base;

	@Autowired
	private SeaTableTemplate seaTable;

	@Autowired
	private SeaTableConnectionDetails connectionDetails;

	@Test
	void emulatorBaseAndPropertiesAreWiredAndTheServersQuotaApplies() {
		assertThat(this.connectionDetails.getServerUrl()).hasToString(this.emulator.serverUrl());
		assertThat(this.connectionDetails.getApiToken()).isEqualTo(this.base.apiToken());
		assertThat(this.base.name()).isEqualTo("Quota base");
		assertThat(this.emulator.bases()).containsExactly(this.base);

		this.base.createTable("T", List.of(EmulatedColumn.of("Name", "text")));
		this.base.insertRows("T", List.of(Map.of("Name", "a")));
		for (int i = 0; i < 4; i++) {
			assertThat(this.seaTable.listRows(io.github.seatablespring.core.RowQuery.table("T"))).hasSize(1);
		}
		assertThatExceptionOfType(SeaTableRateLimitException.class)
			.isThrownBy(() -> this.seaTable.listRows(io.github.seatablespring.core.RowQuery.table("T")))
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).hasValue(429);
				assertThat(ex.getRetryAfter()).isPositive();
				assertThat(ex.getMessage()).doesNotContain(this.base.apiToken());
			});
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}

package io.github.seatablespring.test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.autoconfigure.SeaTableBaseSettings;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.core.RowQuery;
import io.github.seatablespring.core.SeaTableTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A slow server ({@link SeaTableEmulator#delayNext}) executes the request but answers
 * late: the client's time-out fires, a write is not replayed (it has landed), a read is.
 */
class EmulatorSlowAnswerTests {

	@RegisterExtension
	final SeaTableEmulatorExtension seaTableEmulator = new SeaTableEmulatorExtension(SeaTableEmulator.builder(),
			"Slow");

	private SeaTableEmulator emulator;

	private EmulatedBase base;

	private SeaTableTemplate seaTable;

	@BeforeEach
	void start() {
		this.emulator = this.seaTableEmulator.emulator();
		this.base = this.seaTableEmulator.base();
		this.base.createTable("Contacts", List.of(EmulatedColumn.of("Name", "text")));
		SeaTableBaseSettings settings = new SeaTableBaseSettings("slow", URI.create(this.emulator.serverUrl()),
				this.base.apiToken(), Duration.ofMillis(300), Duration.ofMinutes(5), true, 300, 5000,
				Duration.ofMinutes(1), 3);
		this.seaTable = new SeaTableTemplate(
				new SeaTableTemplateFactory(WebClient.builder(), List.of(), JsonMapper.shared(), Clock.systemUTC())
					.create(settings)
					.template());
		// token and metadata (for the row checks) are fetched before the server turns
		// slow
		this.seaTable.getMetadata();
		this.emulator.clearJournal();
	}

	@Test
	void aWriteAnsweredTooLateFailsButIsNotSentTwice() {
		this.emulator.delayNext(1, Duration.ofSeconds(2));

		assertThatExceptionOfType(SeaTableConnectionException.class)
			.isThrownBy(() -> this.seaTable.appendRow("Contacts", Map.of("Name", "Ann")))
			.withMessageContaining("seatable.timeout");

		assertThat(this.emulator.journal()).filteredOn((request) -> request.path().endsWith("/rows/")).hasSize(1);
		assertThat(this.base.rows("Contacts")).extracting((row) -> row.get("Name")).containsExactly("Ann");
	}

	@Test
	void aReadAnsweredTooLateIsRetried() {
		this.base.insertRows("Contacts", List.of(Map.of("Name", "Bob")));
		this.emulator.delayNext(1, Duration.ofSeconds(2));

		assertThat(this.seaTable.listRows(RowQuery.table("Contacts"))).extracting((row) -> row.getString("Name"))
			.containsExactly("Bob");
		assertThat(this.emulator.journal()).filteredOn((request) -> request.path().endsWith("/rows/")).hasSize(2);
	}

}

package io.github.seatablespring.test;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.autoconfigure.SeaTableBases;
import io.github.seatablespring.core.SeaTableTemplate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * @EmbeddedSeaTable with named bases, connection details next to the properties, and a
 * reset per test.
 */
@SpringBootTest(classes = EmbeddedSeaTableNamedBasesTests.App.class,
		properties = "seatable.bases.crm.rate-limit.requests-per-minute=7")
@EmbeddedSeaTable(baseName = "Main", bases = "crm", fixture = "classpath:fixtures/contacts.json",
		resetAfterEachTest = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedSeaTableNamedBasesTests {

	@Autowired
	private SeaTableBases bases;

	@Autowired
	private SeaTableTemplate seaTable;

	@Autowired
	private SeaTableEmulator emulator;

	@Autowired
	private EmulatedBase main;

	@Test
	@Order(1)
	void namedBasesAreConfiguredAndKeepTheirProperties() {
		assertThat(this.bases.names()).containsExactly("default", "crm");
		EmulatedBase crm = this.emulator.bases()
			.stream()
			.filter((b) -> b.name().equals("crm"))
			.findFirst()
			.orElseThrow();
		crm.createTable("Deals", List.of(EmulatedColumn.of("Title", "text")));
		SeaTableTemplate crmTemplate = this.bases.template("crm");
		crmTemplate.appendRow("Deals", Map.of("Title", "Big one"));
		assertThat(crm.rows("Deals")).hasSize(1);
		// the connection comes from the emulator, the quota from the application's
		// properties
		assertThat(this.bases.quota("crm").orElseThrow().getWindows().get(0).limit()).isEqualTo(7);

		this.seaTable.appendRow("Contacts", Map.of("Name", "Written by test 1"));
		assertThat(this.main.rows("Contacts")).hasSizeGreaterThan(1);
	}

	@Test
	@Order(2)
	void theNextTestSeesTheFixtureAgainAndAnEmptyJournal() {
		assertThat(this.emulator.journal()).isEmpty();
		assertThat(this.main.rows("Contacts")).extracting((row) -> row.get("Name")).doesNotContain("Written by test 1");
		EmulatedBase crm = this.emulator.bases()
			.stream()
			.filter((b) -> b.name().equals("crm"))
			.findFirst()
			.orElseThrow();
		assertThat(crm.tableNames()).doesNotContain("Deals");
		assertThat(this.seaTable.streamRows("Contacts")).isNotEmpty();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}

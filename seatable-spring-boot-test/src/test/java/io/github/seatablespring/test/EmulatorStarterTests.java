package io.github.seatablespring.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.SeaTableValidationException;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.QueryResult;
import io.github.seatablespring.model.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The starter's SeaTableTemplate against the emulator of an @EmbeddedSeaTable context.
 */
@SpringBootTest(classes = EmulatorStarterTests.App.class)
@EmbeddedSeaTable
class EmulatorStarterTests {

	@Autowired
	private SeaTableTemplate seaTable;

	@Autowired
	private SeaTableEmulator emulator;

	@Autowired
	private EmulatedBase base;

	@BeforeEach
	void contacts() {
		this.base.dropTable("Contacts");
		this.base.createTable("Contacts", List.of(EmulatedColumn.of("Name", "text"), EmulatedColumn.of("Age", "number"),
				EmulatedColumn.of("City", "text")));
		this.emulator.clearJournal();
	}

	@Test
	void appending2500RowsTakesThreeRequests() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 2500; i++) {
			rows.add(Map.of("Name", "n" + i, "Age", i));
		}
		BatchResult result = this.seaTable.appendRows("Contacts", rows);
		assertThat(result.rowsAffected()).isEqualTo(2500);
		assertThat(result.requests()).isEqualTo(3);
		assertThat(this.emulator.journal()).filteredOn((r) -> r.method().equals("POST") && r.path().endsWith("/rows/"))
			.hasSize(3);
		assertThat(this.base.rows("Contacts")).hasSize(2500);

		this.emulator.clearJournal();
		assertThat(this.seaTable.streamRows("Contacts").map((row) -> row.getString("Name"))).hasSize(2500)
			.startsWith("n0", "n1")
			.endsWith("n2499");
		assertThat(this.emulator.journal()).filteredOn((r) -> r.method().equals("GET") && r.path().endsWith("/rows/"))
			.hasSize(3);
	}

	@Test
	void queriesWithParametersAndGroupBy() {
		this.base.insertRows("Contacts", List.of(Map.of("Name", "Ann", "Age", 31, "City", "Berlin"),
				Map.of("Name", "Bob", "Age", 17, "City", "Berlin"), Map.of("Name", "Cy", "Age", 50, "City", "Rome")));
		QueryResult adults = this.seaTable.query("SELECT Name, Age FROM Contacts WHERE Age >= ? ORDER BY Age", 18);
		assertThat(adults.rows()).extracting((row) -> row.getString("Name")).containsExactly("Ann", "Cy");
		assertThat(adults.rows().get(0).getInteger("Age")).isEqualTo(31);
		assertThat(this.emulator.journal()).filteredOn((r) -> r.path().endsWith("/sql/"))
			.singleElement()
			.satisfies((r) -> assertThat(r.body()).contains("\"parameters\":[18]"));

		QueryResult cities = this.seaTable.query("SELECT City, COUNT(*) FROM Contacts GROUP BY City ORDER BY City");
		assertThat(cities.rows()).extracting((row) -> row.getString("City")).containsExactly("Berlin", "Rome");
		assertThat(cities.rows().get(0).getLong("COUNT(*)")).isEqualTo(2L);
	}

	@Test
	void queryWithoutLimitIsPagedPastTheServersDefault() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			rows.add(Map.of("Name", "n" + i));
		}
		this.base.insertRows("Contacts", rows);
		assertThat(this.seaTable.query("SELECT * FROM Contacts").size()).isEqualTo(250);
		assertThat(this.emulator.journal()).filteredOn((r) -> r.path().endsWith("/sql/"))
			.singleElement()
			.satisfies((r) -> assertThat(r.body()).contains("LIMIT 10000"));
	}

	@Test
	void unknownColumnsAreRefusedBeforeTheServerCouldDropThem() {
		// the emulator, like SeaTable, would silently ignore "Nope" (see
		// EmulatorHttpTests); the client refuses it
		this.emulator.clearJournal();
		assertThatExceptionOfType(SeaTableValidationException.class)
			.isThrownBy(() -> this.seaTable.appendRow("Contacts", Map.of("Name", "Ann", "Nope", 1)))
			.withMessageContaining("'Nope'");
		assertThat(this.base.rows("Contacts")).isEmpty();
		assertThat(this.emulator.journal()).noneMatch((request) -> request.path().endsWith("/rows/"));
	}

	@Test
	void updateGetAndDelete() {
		String id = this.base.insertRows("Contacts", List.of(Map.of("Name", "Ann", "Age", 31))).get(0);
		this.seaTable.updateRow("Contacts", id, Map.of("Age", 32));
		assertThat(this.seaTable.getRow("Contacts", id).getInteger("Age")).isEqualTo(32);
		this.seaTable.deleteRow("Contacts", id);
		assertThat(this.base.rows("Contacts")).isEmpty();
	}

	@Test
	void metadataShowsTheTable() {
		assertThat(this.seaTable.getMetadata().tables()).anySatisfy((table) -> {
			assertThat(table.name()).isEqualTo("Contacts");
			assertThat(table.columns()).extracting((column) -> column.name()).containsExactly("Name", "Age", "City");
		});
	}

	@Test
	void expiredTokenIsRefreshedTransparently() {
		this.seaTable.getMetadata();
		this.emulator.expireTokens();
		this.emulator.clearJournal();
		this.seaTable.getMetadata();
		List<RecordedRequest> journal = this.emulator.journal();
		assertThat(journal).extracting(RecordedRequest::toString)
			.containsExactly("GET /api-gateway/api/v2/dtables/" + this.base.uuid() + "/metadata/",
					"GET /api/v2.1/dtable/app-access-token/",
					"GET /api-gateway/api/v2/dtables/" + this.base.uuid() + "/metadata/");
		assertThat(journal.get(0).header("Authorization")).isNotEqualTo(journal.get(2).header("Authorization"));
	}

	@Test
	void readsAreRetriedAfterAConnectionResetAndA503() {
		this.seaTable.getMetadata();
		this.emulator.clearJournal();
		this.emulator.resetNext(1);
		assertThat(this.seaTable.getMetadata().tables()).isNotEmpty();
		this.emulator.failNext(1, 503);
		assertThat(this.seaTable.getMetadata().tables()).isNotEmpty();
		assertThat(this.emulator.journal()).filteredOn(RecordedRequest::isBaseOperation).hasSize(4);
	}

	@Test
	void badSqlIsABadRequest() {
		assertThatExceptionOfType(SeaTableBadRequestException.class)
			.isThrownBy(() -> this.seaTable.query("SELECT * FROM Missing LIMIT 1"))
			.satisfies((ex) -> assertThat(ex.getStatus()).hasValue(400));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}

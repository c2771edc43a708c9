package io.github.seatablespring.samples.importer;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.test.EmbeddedSeaTable;
import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.SeaTableEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "contacts-import.run-on-startup=false")
@EmbeddedSeaTable
class ContactsImporterTests {

	@Autowired
	ContactsImporter importer;

	@Autowired
	SeaTableEmulator emulator;

	@Autowired
	EmulatedBase base;

	@Test
	void importsTheContactsInThreeAppendRequestsAndReportsWhatItDid() {
		this.emulator.clearJournal();

		ImportSummary summary = this.importer.run();

		assertThat(summary.rowsWritten()).isEqualTo(2500 + 3 + 2);
		assertThat(countRequests("POST", "/rows/")).isEqualTo(3);
		assertThat(countRequests("POST", "/tables/")).isEqualTo(1);
		assertThat(countRequests("PUT", "/rows/")).isEqualTo(1);
		assertThat(countRequests("DELETE", "/rows/")).isEqualTo(1);
		assertThat(countRequests("POST", "/sql/")).isEqualTo(2);
		// metadata, table, metadata again (the new table's columns, to check the rows
		// against),
		// 3 appends, 2 reports, update, delete, and one token exchange
		assertThat(countRequests("GET", "/metadata/")).isEqualTo(2);
		assertThat(summary.requests()).isEqualTo(11);
		assertThat(summary.quotaLeft()).isEqualTo(5000 - 10);
		List<Map<String, Object>> rows = this.base.rows(ContactsImporter.TABLE);
		assertThat(rows).hasSize(2498);
		assertThat(rows.stream().filter((row) -> "Hamburg".equals(row.get("City")))).isNotEmpty();
	}

	private long countRequests(String method, String pathEnd) {
		return this.emulator.journal()
			.stream()
			.filter((request) -> request.method().equals(method) && request.path().endsWith(pathEnd))
			.count();
	}

}

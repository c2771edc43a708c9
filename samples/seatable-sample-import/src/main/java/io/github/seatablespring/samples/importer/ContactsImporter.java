package io.github.seatablespring.samples.importer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.autoconfigure.SeaTableBaseSettings;
import io.github.seatablespring.autoconfigure.SeaTableBases;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.ratelimit.RateWindow;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** The sample's main job: a contacts import with reports, updates and deletes. */
@Component
public class ContactsImporter {

	static final String TABLE = "Contacts";

	private final SeaTableTemplate seaTable;

	private final SeaTableBases bases;

	private final RequestCounter requests;

	private final Resource contacts;

	public ContactsImporter(SeaTableTemplate seaTable, SeaTableBases bases, RequestCounter requests,
			@Value("classpath:contacts.csv") Resource contacts) {
		this.seaTable = seaTable;
		this.bases = bases;
		this.requests = requests;
		this.contacts = contacts;
	}

	public ImportSummary run() {
		long started = System.nanoTime();
		int written = 0;

		step(1, "Ensuring table '" + TABLE + "' exists");
		if (this.seaTable.getMetadata().table(TABLE).isEmpty()) {
			this.seaTable.tables()
				.create(TABLE, List.of(ColumnDefinition.text("Name"), ColumnDefinition.email("Email"),
						ColumnDefinition.text("City"), ColumnDefinition.number("Age")));
			System.out.println("      created with columns Name, Email, City, Age");
		}

		List<Map<String, Object>> rows = ContactsCsv.read(this.contacts);
		step(2, String.format("Importing %,d contacts from contacts.csv", rows.size()));
		BatchResult imported = this.seaTable.appendRows(TABLE, rows);
		written += imported.rowsAffected();
		System.out.printf("      %,d rows appended in %d requests%n", imported.rowsAffected(), imported.requests());

		step(3, "Reports");
		this.seaTable.query("SELECT City, COUNT(*) AS Contacts FROM Contacts GROUP BY City ORDER BY City")
			.rows()
			.forEach((row) -> System.out.printf("      %-10s %5s%n", row.get("City"), row.get("Contacts")));
		Row adults = this.seaTable.query("SELECT COUNT(*) AS Adults FROM Contacts WHERE Age >= ?", 18).rows().get(0);
		System.out.println("      adults: " + adults.get("Adults"));

		step(4, "Updating and deleting a few rows");
		List<String> ids = imported.rowIds();
		Map<String, Map<String, Object>> moves = new LinkedHashMap<>();
		ids.subList(0, 3).forEach((id) -> moves.put(id, Map.of("City", "Hamburg")));
		written += this.seaTable.updateRows(TABLE, moves).rowsAffected();
		written += this.seaTable.deleteRows(TABLE, ids.subList(3, 5)).rowsAffected();
		System.out.println("      3 contacts moved to Hamburg, 2 deleted");

		ImportSummary summary = new ImportSummary(written, this.requests.count(), quotaLeft(),
				Duration.ofNanos(System.nanoTime() - started));
		step(5, "Summary");
		System.out.printf(
				"      rows written: %,d%n      requests used: %d%n      quota left today: %s%n"
						+ "      elapsed: %d ms%n",
				summary.rowsWritten(), summary.requests(),
				(summary.quotaLeft() >= 0) ? String.format("%,d", summary.quotaLeft()) : "not enforced",
				summary.elapsed().toMillis());
		return summary;
	}

	private int quotaLeft() {
		return this.bases.quota(SeaTableBaseSettings.DEFAULT_BASE).map((quota) -> {
			RateWindow day = quota.getWindows().stream().filter(RateWindow::failFast).findFirst().orElseThrow();
			return quota.availablePermissions(day);
		}).orElse(-1);
	}

	private static void step(int number, String what) {
		System.out.println("[" + number + "/5] " + what + " ...");
	}

}

package io.github.seatablespring.test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Seeding a base from JSON and CSV fixtures. */
class EmulatorFixtureTests {

	@RegisterExtension
	final SeaTableEmulatorExtension seaTable = new SeaTableEmulatorExtension(SeaTableEmulator.builder(), "Demo");

	private SeaTableEmulator emulator;

	private EmulatedBase base;

	@BeforeEach
	void start() {
		this.emulator = this.seaTable.emulator();
		this.base = this.seaTable.base();
	}

	@Test
	void jsonFixtureCreatesTablesWithTypedColumnsAndRows() {
		this.base.load(new ClassPathResource("fixtures/contacts.json"));
		assertThat(this.base.tableNames()).containsExactly("Contacts", "Cities");
		List<Map<String, Object>> rows = this.base.rows("Contacts");
		assertThat(rows).extracting((row) -> row.get("Name")).containsExactly("Ann", "Bob");
		assertThat(rows.get(0).get("Age")).isEqualTo(31L);
		assertThat(rows.get(0).get("Active")).isEqualTo(true);
		assertThat(rows.get(1).get("Status")).isEqualTo("new");
		// a table without columns gets SeaTable's Name column
		assertThat(this.base.rows("Cities")).extracting((row) -> row.get("Name")).containsExactly("Berlin");
		Map<String, Object> metadata = this.base.store().metadata();
		assertThat(String.valueOf(metadata)).contains("name=known").contains("id=0000");
	}

	@Test
	void jsonFixtureAddsMissingColumnsAndRowsToAnExistingTable(@TempDir Path dir) throws Exception {
		this.base.createTable("Contacts", List.of(EmulatedColumn.of("Name", "text")));
		this.base.insertRows("Contacts", List.of(Map.of("Name", "Zoe")));
		Path fixture = dir.resolve("more.json");
		Files.writeString(fixture,
				"{\"tables\":[{\"name\":\"Contacts\",\"columns\":[{\"name\":\"Name\",\"type\":\"text\"},"
						+ "{\"name\":\"Age\",\"type\":\"number\"}],\"rows\":[{\"Name\":\"Ann\",\"Age\":\"40\"}]}]}");
		this.base.load(fixture);
		assertThat(this.base.rows("Contacts")).extracting((row) -> row.get("Name"), (row) -> row.get("Age"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Zoe", null),
					org.assertj.core.groups.Tuple.tuple("Ann", 40L));
	}

	@Test
	void malformedJsonFixturesAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> this.base.load(new ByteArrayInputStream("{\"rows\":[]}".getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("\"tables\"");
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.base.load(new ByteArrayInputStream("{\"tables\":[{}]}".getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("\"name\"");
	}

	@Test
	void csvCreatesATableOfTextColumns() {
		List<String> ids = this.base.loadCsv("People", new ClassPathResource("fixtures/people.csv"));
		assertThat(ids).hasSize(2);
		List<Map<String, Object>> rows = this.base.rows("People");
		assertThat(rows.get(0)).containsEntry("Name", "Ann")
			.containsEntry("Age", "31")
			.containsEntry("Active", "yes")
			.containsEntry("Tags", "a, b")
			.containsEntry("Note", "says \"hi\"\nthen leaves");
		assertThat(rows.get(1)).containsEntry("Name", "Bob").containsEntry("Age", null).containsEntry("Active", "0");
		assertThat(rows.get(0).get("_id")).isEqualTo(ids.get(0));
	}

	@Test
	void csvValuesAreConvertedToTheColumnsOfAnExistingTable() {
		this.base.createTable("People", List.of(EmulatedColumn.of("Name", "text"), EmulatedColumn.of("Age", "number"),
				EmulatedColumn.of("Active", "checkbox"), EmulatedColumn.of("Tags", "multiple-select")));
		this.base.loadCsv("People",
				new ByteArrayInputStream("Name,Age,Active,Tags,Note\r\nAnn,31.5,yes,\"a, b\",x\r\nBob,,0,[\"c\"],\r\n"
					.getBytes(StandardCharsets.UTF_8)));
		List<Map<String, Object>> rows = this.base.rows("People");
		assertThat(rows.get(0)).containsEntry("Age", 31.5)
			.containsEntry("Active", true)
			.containsEntry("Tags", Arrays.asList("a", "b"))
			.containsEntry("Note", "x");
		assertThat(rows.get(1)).containsEntry("Age", null)
			.containsEntry("Active", false)
			.containsEntry("Tags", List.of("c"))
			.containsEntry("Note", null);
	}

	@Test
	void csvFromAPath(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("t.csv");
		Files.writeString(csv, "\uFEFFTitle\nOne\n\nTwo\n");
		this.base.loadCsv("Things", csv);
		assertThat(this.base.rows("Things")).extracting((row) -> row.get("Title")).containsExactly("One", "Two");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.base.loadCsv("Empty", new ByteArrayInputStream(new byte[0])));
	}

}

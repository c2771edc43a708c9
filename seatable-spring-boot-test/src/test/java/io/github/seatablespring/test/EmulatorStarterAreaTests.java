package io.github.seatablespring.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.seatablespring.core.RowQuery;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.Link;
import io.github.seatablespring.model.LinkValue;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.model.SelectOption;
import io.github.seatablespring.model.ViewDetails;
import io.github.seatablespring.model.ViewUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's views(), columns() select options and links() against the emulator of an
 * {@code @EmbeddedSeaTable} context seeded from a JSON fixture.
 */
@SpringBootTest(classes = EmulatorStarterAreaTests.App.class)
@EmbeddedSeaTable(baseName = "Areas", fixture = "classpath:fixtures/contacts.json")
class EmulatorStarterAreaTests {

	@Autowired
	private SeaTableTemplate seaTable;

	@Autowired
	private SeaTableEmulator emulator;

	@Autowired
	private EmulatedBase base;

	@BeforeEach
	void linkedTables() {
		this.base.dropTable("Projects").dropTable("People");
		this.base.createTable("Projects", List.of(EmulatedColumn.of("Title", "text")))
			.createTable("People", List.of(EmulatedColumn.of("Name", "text")))
			.createLinkColumn("Projects", "Members", "People");
		this.emulator.clearJournal();
	}

	@Test
	void theFixtureSeededTheBase() {
		List<Row> rows = this.seaTable.listRows(RowQuery.table("Contacts").orderBy("Age", RowQuery.Direction.DESC));
		assertThat(rows).extracting((row) -> row.getString("Name")).containsExactly("Ann", "Bob");
		assertThat(rows.get(0).getInteger("Age")).isEqualTo(31);
		assertThat(rows.get(0).getBoolean("Active")).isTrue();
		assertThat(this.seaTable.listRows(RowQuery.table("Contacts").orderBy("Name").start(1).limit(1)))
			.extracting((row) -> row.getString("Name"))
			.containsExactly("Bob");
	}

	@Test
	void viewsAreCreatedListedUpdatedAndDeleted() {
		ViewDetails created = this.seaTable.views().create("Contacts", "Adults");
		assertThat(created.name()).isEqualTo("Adults");
		assertThat(this.seaTable.views().list("Contacts")).extracting(ViewDetails::name)
			.containsExactly("Default View", "Adults");
		ViewDetails updated = this.seaTable.views()
			.update("Contacts", "Adults",
					ViewUpdate.empty()
						.filterConjunction("Or")
						.sorts(List.of(Map.of("column_key", "0001", "sort_type", "down"))));
		assertThat(updated.filterConjunction()).isEqualTo("Or");
		assertThat(this.seaTable.views().get("Contacts", "Adults").sorts()).hasSize(1);
		// rows can be listed through the new view (its filters and sorts are not applied
		// by the emulator)
		assertThat(this.seaTable.listRows(RowQuery.table("Contacts").view("Adults"))).hasSize(2);
		this.seaTable.views().delete("Contacts", "Adults");
		assertThat(this.seaTable.views().list("Contacts")).extracting(ViewDetails::name)
			.containsExactly("Default View");
		assertThat(this.emulator.journal()).filteredOn((request) -> request.path().contains("/views/"))
			.extracting((request) -> request.method() + " "
					+ request.path().substring(request.path().indexOf("/views/")) + "?" + request.query())
			.containsExactly("POST /views/?table_name=Contacts", "GET /views/?table_name=Contacts",
					"PUT /views/Adults/?table_name=Contacts", "GET /views/Adults/?table_name=Contacts",
					"DELETE /views/Adults/?table_name=Contacts", "GET /views/?table_name=Contacts");
	}

	@Test
	void addedSelectOptionsShowInTheMetadata() {
		this.seaTable.columns()
			.addSelectOptions("Contacts", "Status",
					List.of(SelectOption.named("vip"), new SelectOption(null, "gone", "#FF0000", "#FFFFFF")));
		Column status = this.seaTable.getMetadata().table("Contacts").orElseThrow().column("Status").orElseThrow();
		assertThat(String.valueOf(status.data().get("options"))).contains("name=new")
			.contains("name=vip")
			.contains("color=#FF0000");
		List<SelectOption> updated = this.seaTable.columns()
			.updateSelectOptions("Contacts", "Status", List.of(new SelectOption("0000", "fresh", null, null)));
		assertThat(updated).extracting(SelectOption::name).containsExactly("fresh");
		this.seaTable.columns().deleteSelectOptions("Contacts", "Status", List.of("vip", "gone", "fresh"));
		assertThat(this.seaTable.columns().list("Contacts")).filteredOn((column) -> column.name().equals("Status"))
			.singleElement()
			.satisfies((column) -> assertThat(String.valueOf(column.data().get("options"))).doesNotContain("vip")
				.doesNotContain("fresh")
				.contains("known"));
	}

	@Test
	void aCreatedLinkIsStreamedAndShowsInTheRows() {
		String apollo = this.base.insertRows("Projects", List.of(Map.of("Title", "Apollo"))).get(0);
		String ann = this.base.insertRows("People", List.of(Map.of("Name", "Ann"))).get(0);
		Link link = linkFromMetadata();
		this.seaTable.links().createLink(link, apollo, ann);
		try (Stream<LinkValue> links = this.seaTable.links().streamLinkedRows("Projects", "Members", apollo)) {
			assertThat(links.toList()).containsExactly(new LinkValue(ann, "Ann"));
		}
		Row row = this.seaTable.listRows(RowQuery.table("Projects")).get(0);
		assertThat(LinkValue.fromCell(row.get("Members"))).containsExactly(new LinkValue(ann, "Ann"));
		this.seaTable.links().deleteLink(link, apollo, ann);
		assertThat(LinkValue.fromCell(this.seaTable.getRow("Projects", apollo).get("Members"))).isEmpty();
	}

	@Test
	void sixtyLinksShowFiftyInTheCellAndAllInTheStream() {
		String apollo = this.base.insertRows("Projects", List.of(Map.of("Title", "Apollo"))).get(0);
		List<Map<String, Object>> people = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			people.add(Map.of("Name", "p" + i));
		}
		List<String> ids = this.base.insertRows("People", people);
		this.seaTable.links().createLinks(linkFromMetadata(), Map.of(apollo, ids));
		assertThat(LinkValue.fromCell(this.seaTable.getRow("Projects", apollo).get("Members"))).hasSize(50);
		this.emulator.clearJournal();
		try (Stream<LinkValue> links = this.seaTable.links().streamLinkedRows("Projects", "Members", apollo, 25)) {
			assertThat(links.map(LinkValue::rowId).toList()).isEqualTo(ids);
		}
		assertThat(this.emulator.journal()).filteredOn((request) -> request.path().endsWith("/query-links/"))
			.extracting(RecordedRequest::body)
			.hasSize(3)
			.satisfies((bodies) -> assertThat(bodies.get(2)).contains("\"offset\":50"));
	}

	/** The link as a client finds it: in the link column's data in the metadata. */
	private Link linkFromMetadata() {
		Map<String, Object> data = this.seaTable.getMetadata()
			.table("Projects")
			.orElseThrow()
			.column("Members")
			.orElseThrow()
			.data();
		return new Link((String) data.get("link_id"), (String) data.get("table_id"),
				(String) data.get("other_table_id"));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}

package io.github.seatablespring.test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.model.Link;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator's links, query-links and link cells, through plain HTTP. */
class EmulatorLinksTests {

	@RegisterExtension
	final SeaTableEmulatorExtension seaTable = new SeaTableEmulatorExtension(SeaTableEmulator.builder(), "Demo");

	private SeaTableEmulator emulator;

	private EmulatedBase base;

	private EmulatorClient client;

	private String token;

	private List<String> projects;

	private List<String> people;

	@BeforeEach
	void start() {
		this.emulator = this.seaTable.emulator();
		this.base = this.seaTable.base();
		this.base.createTable("Projects", List.of(EmulatedColumn.of("Title", "text")));
		this.base.createTable("People", List.of(EmulatedColumn.of("Name", "text")));
		this.base.createLinkColumn("Projects", "Members", "People");
		this.projects = this.base.insertRows("Projects", List.of(Map.of("Title", "Apollo"), Map.of("Title", "Gemini")));
		this.people = this.base.insertRows("People",
				List.of(Map.of("Name", "Ann"), Map.of("Name", "Bob"), Map.of("Name", "Cy")));
		this.client = new EmulatorClient(this.emulator);
		this.token = this.client.baseToken(this.base.apiToken());
	}

	@Test
	void linkColumnsOnBothTablesShareTheLinkId() {
		JsonNode tables = call("GET", "metadata/", "").path("metadata").path("tables");
		JsonNode members = column(tables.get(0), "Members");
		JsonNode reverse = column(tables.get(1), "Projects");
		assertThat(members.path("type").stringValue()).isEqualTo("link");
		JsonNode data = members.path("data");
		assertThat(data.path("link_id").stringValue()).hasSize(4)
			.isEqualTo(reverse.path("data").path("link_id").stringValue());
		assertThat(data.path("table_id").stringValue()).isEqualTo(tables.get(0).path("_id").stringValue());
		assertThat(data.path("other_table_id").stringValue()).isEqualTo(tables.get(1).path("_id").stringValue());
		assertThat(data.path("display_column_key").stringValue())
			.isEqualTo(column(tables.get(1), "Name").path("key").stringValue());
		assertThat(reverse.path("data").path("table_id").stringValue())
			.isEqualTo(tables.get(1).path("_id").stringValue());
		assertThat(this.base.link("Projects", "Members")).isEqualTo(new Link(data.path("link_id").stringValue(),
				data.path("table_id").stringValue(), data.path("other_table_id").stringValue()));
	}

	@Test
	void createdLinksShowInRowsOnBothSidesAndInQueryLinks() {
		Link link = this.base.link("Projects", "Members");
		JsonNode created = call("POST", "links/",
				linkBody(link, this.projects.get(0), this.people.get(0), this.people.get(1)));
		assertThat(created.path("success").booleanValue()).isTrue();

		JsonNode rows = call("GET", "rows/?table_name=Projects", "").path("rows");
		assertThat(rows.get(0).path("Members")).hasSize(2);
		assertThat(rows.get(0).path("Members").get(0).path("row_id").stringValue()).isEqualTo(this.people.get(0));
		assertThat(rows.get(0).path("Members").get(0).path("display_value").stringValue()).isEqualTo("Ann");
		assertThat(rows.get(0).path("Members").get(1).path("display_value").stringValue()).isEqualTo("Bob");
		assertThat(rows.get(1).path("Members")).isEmpty();
		JsonNode ann = call("GET", "rows/" + this.people.get(0) + "/?table_name=People", "");
		assertThat(ann.path("Projects").get(0).path("display_value").stringValue()).isEqualTo("Apollo");

		JsonNode linked = call("POST", "query-links/",
				"{\"table_name\":\"Projects\",\"link_column_name\":\"Members\",\"rows\":[" + "{\"row_id\":\""
						+ this.projects.get(0) + "\",\"offset\":1,\"limit\":5},{\"row_id\":\"" + this.projects.get(1)
						+ "\"}]}");
		assertThat(linked.path(this.projects.get(0))).hasSize(1);
		assertThat(linked.path(this.projects.get(0)).get(0).path("row_id").stringValue()).isEqualTo(this.people.get(1));
		assertThat(linked.path(this.projects.get(1))).isEmpty();

		// linking the same pair twice fails; unknown rows and links too
		assertThat(send("POST", "links/", linkBody(link, this.projects.get(0), this.people.get(0))).statusCode())
			.isEqualTo(400);
		assertThat(send("POST", "links/", linkBody(link, this.projects.get(0), "nope")).statusCode()).isEqualTo(400);
		assertThat(send("POST", "links/", linkBody(new Link("zzzz", link.tableId(), link.otherTableId()),
				this.projects.get(1), this.people.get(0)))
			.statusCode()).isEqualTo(400);
	}

	@Test
	void linksMayBeGivenFromTheOtherSide() {
		Link link = this.base.link("People", "Projects");
		call("POST", "links/", linkBody(link, this.people.get(2), this.projects.get(1)));
		JsonNode gemini = call("GET", "rows/" + this.projects.get(1) + "/?table_name=Projects", "");
		assertThat(gemini.path("Members").get(0).path("display_value").stringValue()).isEqualTo("Cy");
	}

	@Test
	void updateReplacesAndDeleteRemovesLinks() {
		Link link = this.base.link("Projects", "Members");
		call("POST", "links/", linkBody(link, this.projects.get(0), this.people.get(0), this.people.get(1)));
		call("POST", "links/", linkBody(link, this.projects.get(1), this.people.get(0)));
		call("PUT", "links/", linkBody(link, this.projects.get(0), this.people.get(2)));
		assertThat(linkedIds(this.projects.get(0))).containsExactly(this.people.get(2));
		assertThat(linkedIds(this.projects.get(1))).containsExactly(this.people.get(0));

		JsonNode deleted = call("DELETE", "links/",
				linkBody(link, this.projects.get(0), this.people.get(2), this.people.get(1)));
		// like SeaTable, the count includes the pair that was not linked
		assertThat(deleted.path("deleted_links_count").intValue()).isEqualTo(2);
		assertThat(linkedIds(this.projects.get(0))).isEmpty();
		assertThat(linkedIds(this.projects.get(1))).containsExactly(this.people.get(0));
	}

	@Test
	void rowsShowTheFirst50LinksAndQueryLinksPagesThroughAll() {
		List<Map<String, Object>> many = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			many.add(Map.of("Name", "p" + i));
		}
		List<String> ids = this.base.insertRows("People", many);
		this.base.addLinks("Projects", "Members", this.projects.get(0), ids);
		JsonNode cell = call("GET", "rows/?table_name=Projects", "").path("rows").get(0).path("Members");
		assertThat(cell).hasSize(50);
		assertThat(cell.get(49).path("display_value").stringValue()).isEqualTo("p49");
		JsonNode page = call("POST", "query-links/",
				"{\"table_name\":\"Projects\",\"link_column_name\":\"Members\",\"rows\":[" + "{\"row_id\":\""
						+ this.projects.get(0) + "\",\"offset\":50,\"limit\":50}]}")
			.path(this.projects.get(0));
		assertThat(page).hasSize(10);
		assertThat(page.get(9).path("display_value").stringValue()).isEqualTo("p59");
		// the default page is 10 links
		assertThat(
				call("POST", "query-links/", "{\"table_name\":\"Projects\",\"link_column_name\":\"Members\",\"rows\":["
						+ "{\"row_id\":\"" + this.projects.get(0) + "\"}]}")
					.path(this.projects.get(0)))
			.hasSize(10);
	}

	@Test
	void linkCellsInSqlResultsAndDeletedRowsDropOut() {
		this.base.addLinks("Projects", "Members", this.projects.get(0), this.people);
		call("DELETE", "rows/", "{\"table_name\":\"People\",\"row_ids\":[\"" + this.people.get(1) + "\"]}");
		JsonNode result = call("POST", "sql/",
				"{\"sql\":\"SELECT _id, Members FROM Projects WHERE Title = 'Apollo'\",\"convert_keys\":true}");
		assertThat(result.path("results").get(0).path("Members"))
			.extracting((link) -> link.path("display_value").stringValue())
			.containsExactly("Ann", "Cy");
	}

	@Test
	void linkColumnsCanBeInsertedThroughHttpAndQueryLinksIsAllowedForReadOnlyTokens() {
		JsonNode column = call("POST", "columns/",
				"{\"table_name\":\"Projects\",\"column_name\":\"Lead\",\"column_type\":\"link\","
						+ "\"column_data\":{\"table\":\"Projects\",\"other_table\":\"People\"}}");
		assertThat(column.path("data").path("link_id").stringValue()).hasSize(4);
		assertThat(this.base.link("People", "Projects2").linkId())
			.isEqualTo(column.path("data").path("link_id").stringValue());
		String readOnly = this.client.baseToken(this.base.createApiToken(true));
		assertThat(this.client
			.base("POST", this.base, readOnly, "query-links/",
					"{\"table_name\":\"Projects\"," + "\"link_column_name\":\"Lead\",\"rows\":[{\"row_id\":\""
							+ this.projects.get(0) + "\"}]}")
			.statusCode()).isEqualTo(200);
		assertThat(this.client
			.base("POST", this.base, readOnly, "links/",
					linkBody(this.base.link("Projects", "Lead"), this.projects.get(0), this.people.get(0)))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void droppingATableRemovesItsLinksAndTheLinkColumnsPointingToIt() {
		this.base.dropTable("People");
		JsonNode projects = call("GET", "metadata/", "").path("metadata").path("tables").get(0);
		assertThat(projects.path("columns")).extracting((c) -> c.path("name").stringValue()).containsExactly("Title");
	}

	private List<String> linkedIds(String projectId) {
		JsonNode cell = call("GET", "rows/" + projectId + "/?table_name=Projects", "").path("Members");
		return cell.valueStream().map((link) -> link.path("row_id").stringValue()).toList();
	}

	private static String linkBody(Link link, String rowId, String... otherRowIds) {
		return EmulatorClient.JSON
			.writeValueAsString(Map.of("table_id", link.tableId(), "other_table_id", link.otherTableId(), "link_id",
					link.linkId(), "other_rows_ids_map", Map.of(rowId, List.of(otherRowIds))));
	}

	private static JsonNode column(JsonNode table, String name) {
		return table.path("columns")
			.valueStream()
			.filter((column) -> column.path("name").stringValue().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private JsonNode call(String method, String pathAndQuery, String body) {
		return this.client.baseOk(method, this.base, this.token, pathAndQuery, body);
	}

	private HttpResponse<String> send(String method, String pathAndQuery, String body) {
		return this.client.base(method, this.base, this.token, pathAndQuery, body);
	}

}

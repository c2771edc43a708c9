package io.github.seatablespring.test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator's views endpoints and listRows with a view, through plain HTTP. */
class EmulatorViewsTests {

	@RegisterExtension
	final SeaTableEmulatorExtension seaTable = new SeaTableEmulatorExtension(SeaTableEmulator.builder(), "Demo");

	private SeaTableEmulator emulator;

	private EmulatedBase base;

	private EmulatorClient client;

	private String token;

	@BeforeEach
	void start() {
		this.emulator = this.seaTable.emulator();
		this.base = this.seaTable.base();
		this.base.createTable("Contacts",
				List.of(EmulatedColumn.of("Name", "text"), EmulatedColumn.of("Age", "number")));
		this.base.createTable("Other", List.of());
		this.base.insertRows("Contacts", List.of(Map.of("Name", "Ann", "Age", 31), Map.of("Name", "Bob", "Age", 17)));
		this.client = new EmulatorClient(this.emulator);
		this.token = this.client.baseToken(this.base.apiToken());
	}

	@Test
	void aTableStartsWithTheDefaultView() {
		JsonNode views = call("GET", "views/?table_name=Contacts", "").path("views");
		assertThat(views).hasSize(1);
		assertThat(views.get(0).path("_id").stringValue()).isEqualTo("0000");
		assertThat(views.get(0).path("name").stringValue()).isEqualTo("Default View");
		assertThat(views.get(0).path("type").stringValue()).isEqualTo("table");
		assertThat(views.get(0).has("link_rows")).isFalse();
	}

	@Test
	void createGetUpdateAndDeleteAView() {
		JsonNode created = call("POST", "views/?table_name=Contacts",
				"{\"name\":\"Adults\",\"type\":\"table\",\"is_locked\":true}");
		assertThat(created.path("name").stringValue()).isEqualTo("Adults");
		assertThat(created.path("is_locked").booleanValue()).isTrue();
		assertThat(created.path("_id").stringValue()).hasSize(4).isNotEqualTo("0000");
		assertThat(names(call("GET", "views/?table_name=Contacts", ""))).containsExactly("Default View", "Adults");
		// views are per table
		assertThat(names(call("GET", "views/?table_name=Other", ""))).containsExactly("Default View");

		JsonNode updated = call("PUT", "views/Adults/?table_name=Contacts",
				"{\"filters\":[{\"column_key\":\"0001\",\"filter_predicate\":\"greater_or_equal\",\"filter_term\":18}],"
						+ "\"filter_conjunction\":\"Or\",\"sorts\":[{\"column_key\":\"0001\",\"sort_type\":\"down\"}],"
						+ "\"hidden_columns\":[\"0000\"]}");
		assertThat(updated.path("filters").get(0).path("filter_term").intValue()).isEqualTo(18);
		assertThat(updated.path("filter_conjunction").stringValue()).isEqualTo("Or");
		assertThat(updated.path("hidden_columns").get(0).stringValue()).isEqualTo("0000");
		assertThat(updated.path("_id").stringValue()).isEqualTo(created.path("_id").stringValue());
		JsonNode got = call("GET", "views/Adults/?table_name=Contacts", "");
		assertThat(got.path("sorts").get(0).path("sort_type").stringValue()).isEqualTo("down");
		assertThat(got.path("is_locked").booleanValue()).isTrue();

		// [{}] clears a setting, others stay; a rename moves the view to its new name
		JsonNode cleared = call("PUT", "views/Adults/?table_name=Contacts", "{\"sorts\":[{}],\"name\":\"Grown ups\"}");
		assertThat(cleared.path("sorts")).isEmpty();
		assertThat(cleared.path("filters")).hasSize(1);
		assertThat(names(call("GET", "views/?table_name=Contacts", ""))).containsExactly("Default View", "Grown ups");
		assertThat(send("GET", "views/Adults/?table_name=Contacts", "").statusCode()).isEqualTo(404);
		JsonNode metadataViews = call("GET", "metadata/", "").path("metadata").path("tables").get(0).path("views");
		assertThat(metadataViews).extracting((view) -> view.path("name").stringValue())
			.containsExactly("Default View", "Grown ups");

		assertThat(call("DELETE", "views/Grown%20ups/?table_name=Contacts", "").path("success").booleanValue())
			.isTrue();
		assertThat(names(call("GET", "views/?table_name=Contacts", ""))).containsExactly("Default View");
	}

	@Test
	void duplicateNamesUnknownViewsAndTheLastViewAreRefused() {
		call("POST", "views/?table_name=Contacts", "{\"name\":\"A\"}");
		assertThat(send("POST", "views/?table_name=Contacts", "{\"name\":\"A\"}").statusCode()).isEqualTo(400);
		assertThat(send("GET", "views/Nope/?table_name=Contacts", "").statusCode()).isEqualTo(404);
		assertThat(send("PUT", "views/Nope/?table_name=Contacts", "{\"name\":\"B\"}").statusCode()).isEqualTo(404);
		assertThat(send("GET", "views/?table_name=Missing", "").statusCode()).isEqualTo(404);
		call("DELETE", "views/A/?table_name=Contacts", "");
		assertThat(send("DELETE", "views/Default%20View/?table_name=Contacts", "").statusCode()).isEqualTo(400);
	}

	@Test
	void listRowsAcceptsAnExistingViewWithoutApplyingItsFilters() {
		call("POST", "views/?table_name=Contacts", "{\"name\":\"Adults\"}");
		call("PUT", "views/Adults/?table_name=Contacts",
				"{\"filters\":[{\"column_key\":\"0001\",\"filter_predicate\":\"greater_or_equal\",\"filter_term\":18}]}");
		JsonNode rows = call("GET", "rows/?table_name=Contacts&view_name=Adults", "").path("rows");
		assertThat(rows).extracting((row) -> row.path("Name").stringValue()).containsExactly("Ann", "Bob");
		assertThat(send("GET", "rows/?table_name=Contacts&view_name=Nope", "").statusCode()).isEqualTo(404);
	}

	@Test
	void readOnlyTokensMayListButNotCreateViews() {
		String readOnly = this.client.baseToken(this.base.createApiToken(true));
		assertThat(this.client.base("GET", this.base, readOnly, "views/?table_name=Contacts", "").statusCode())
			.isEqualTo(200);
		assertThat(this.client.base("POST", this.base, readOnly, "views/?table_name=Contacts", "{\"name\":\"X\"}")
			.statusCode()).isEqualTo(403);
	}

	private static List<String> names(JsonNode answer) {
		return answer.path("views").valueStream().map((view) -> view.path("name").stringValue()).toList();
	}

	private JsonNode call(String method, String pathAndQuery, String body) {
		return this.client.baseOk(method, this.base, this.token, pathAndQuery, body);
	}

	private HttpResponse<String> send(String method, String pathAndQuery, String body) {
		return this.client.base(method, this.base, this.token, pathAndQuery, body);
	}

}

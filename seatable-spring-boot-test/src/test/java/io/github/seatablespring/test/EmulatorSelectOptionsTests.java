package io.github.seatablespring.test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's column-options endpoints: a select column's data.options, through plain
 * HTTP.
 */
class EmulatorSelectOptionsTests {

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
		this.base.createTable("Tasks", List.of(EmulatedColumn.of("Name", "text"),
				EmulatedColumn.of("Status", "single-select"), EmulatedColumn.of("Tags", "multiple-select")));
		this.client = new EmulatorClient(this.emulator);
		this.token = this.client.baseToken(this.base.apiToken());
	}

	@Test
	void addedOptionsGetIdsAndColorsAndShowInColumnsAndMetadata() {
		JsonNode answer = call("POST", "column-options/",
				"{\"table_name\":\"Tasks\",\"column\":\"Status\",\"options\":["
						+ "{\"name\":\"Open\",\"color\":\"#FF0000\",\"textColor\":\"#FFFFFF\"},{\"name\":\"Done\"}]}");
		assertThat(answer.path("success").booleanValue()).isTrue();
		JsonNode options = column(call("GET", "columns/?table_name=Tasks", ""), "Status").path("data").path("options");
		assertThat(options).hasSize(2);
		assertThat(options.get(0).path("id").stringValue()).isEqualTo("0000");
		assertThat(options.get(0).path("name").stringValue()).isEqualTo("Open");
		assertThat(options.get(0).path("color").stringValue()).isEqualTo("#FF0000");
		assertThat(options.get(0).path("textColor").stringValue()).isEqualTo("#FFFFFF");
		assertThat(options.get(1).path("id").stringValue()).hasSize(4).isNotEqualTo("0000");
		assertThat(options.get(1).path("color").stringValue()).startsWith("#");
		assertThat(options.get(1).path("textColor").stringValue()).isEqualTo("#000000");
		JsonNode metadataColumn = column(call("GET", "metadata/", "").path("metadata").path("tables").get(0), "Status");
		assertThat(metadataColumn.path("data").path("options")).isEqualTo(options);

		// by column key too; a name that exists is refused
		String tagsKey = column(call("GET", "columns/?table_name=Tasks", ""), "Tags").path("key").stringValue();
		call("POST", "column-options/",
				"{\"table_name\":\"Tasks\",\"column\":\"" + tagsKey + "\",\"options\":[{\"name\":\"x\"}]}");
		assertThat(column(call("GET", "columns/?table_name=Tasks", ""), "Tags").path("data")
			.path("options")
			.get(0)
			.path("name")
			.stringValue()).isEqualTo("x");
		assertThat(send("POST", "column-options/",
				"{\"table_name\":\"Tasks\",\"column\":\"Status\",\"options\":[{\"name\":\"Open\"}]}")
			.statusCode()).isEqualTo(400);
		assertThat(send("POST", "column-options/",
				"{\"table_name\":\"Tasks\",\"column\":\"Name\",\"options\":[{\"name\":\"a\"}]}")
			.statusCode()).isEqualTo(400);
	}

	@Test
	void updatedOptionsAreReturnedOnRequestAndRenameTheirCells() {
		call("POST", "column-options/",
				"{\"table_name\":\"Tasks\",\"column\":\"Status\",\"options\":[{\"name\":\"Open\"},{\"name\":\"Done\"}]}");
		this.base.insertRows("Tasks",
				List.of(Map.of("Name", "a", "Status", "Open"), Map.of("Name", "b", "Status", "Done")));
		JsonNode answer = call("PUT", "column-options/", "{\"table_name\":\"Tasks\",\"column\":\"Status\",\"options\":["
				+ "{\"id\":\"0000\",\"name\":\"Todo\",\"color\":\"#4ECCCB\"}],\"return_options\":true}");
		assertThat(answer.path("options")).hasSize(1);
		assertThat(answer.path("options").get(0).path("id").stringValue()).isEqualTo("0000");
		assertThat(answer.path("options").get(0).path("name").stringValue()).isEqualTo("Todo");
		assertThat(answer.path("options").get(0).path("color").stringValue()).isEqualTo("#4ECCCB");
		assertThat(answer.path("options").get(0).path("textColor").stringValue()).isEqualTo("#000000");
		assertThat(column(call("GET", "columns/?table_name=Tasks", ""), "Status").path("data").path("options"))
			.extracting((option) -> option.path("name").stringValue())
			.containsExactly("Todo", "Done");
		assertThat(this.base.rows("Tasks")).extracting((row) -> row.get("Status")).containsExactly("Todo", "Done");

		assertThat(call("PUT", "column-options/", "{\"table_name\":\"Tasks\",\"column\":\"Status\",\"options\":["
				+ "{\"id\":\"0000\",\"color\":\"#000000\"}]}")
			.path("success")
			.booleanValue()).isTrue();
		assertThat(send("PUT", "column-options/",
				"{\"table_name\":\"Tasks\",\"column\":\"Status\",\"options\":[" + "{\"id\":\"nope\",\"name\":\"x\"}]}")
			.statusCode()).isEqualTo(400);
	}

	@Test
	void deletedOptionsLeaveTheColumnAndTheCells() {
		call("POST", "column-options/",
				"{\"table_name\":\"Tasks\",\"column\":\"Tags\",\"options\":[{\"name\":\"a\"},{\"name\":\"b\"}]}");
		call("POST", "column-options/",
				"{\"table_name\":\"Tasks\",\"column\":\"Status\",\"options\":[{\"name\":\"Open\"}]}");
		this.base.insertRows("Tasks", List.of(Map.of("Name", "r", "Status", "Open", "Tags", List.of("a", "b"))));
		call("DELETE", "column-options/", "{\"table_name\":\"Tasks\",\"column\":\"Tags\",\"option_names\":[\"a\"]}");
		call("DELETE", "column-options/",
				"{\"table_name\":\"Tasks\",\"column\":\"Status\",\"option_names\":[\"Open\"]}");
		JsonNode columns = call("GET", "columns/?table_name=Tasks", "");
		assertThat(column(columns, "Tags").path("data").path("options"))
			.extracting((option) -> option.path("name").stringValue())
			.containsExactly("b");
		assertThat(column(columns, "Status").path("data").path("options")).isEmpty();
		Map<String, Object> row = this.base.rows("Tasks").get(0);
		assertThat(row.get("Tags")).isEqualTo(List.of("b"));
		assertThat(row.get("Status")).isNull();
	}

	@Test
	void optionsGivenWhenCreatingAColumnGetIds() {
		call("POST", "columns/", "{\"table_name\":\"Tasks\",\"column_name\":\"Prio\",\"column_type\":\"single-select\","
				+ "\"column_data\":{\"options\":[{\"name\":\"high\"},{\"name\":\"low\",\"color\":\"#123456\"}]}}");
		JsonNode options = column(call("GET", "columns/?table_name=Tasks", ""), "Prio").path("data").path("options");
		assertThat(options).extracting((option) -> option.path("id").stringValue()).first().isEqualTo("0000");
		assertThat(options.get(1).path("color").stringValue()).isEqualTo("#123456");
		assertThat(options.get(1).path("id").stringValue()).hasSize(4);
	}

	private static JsonNode column(JsonNode holder, String name) {
		return holder.path("columns")
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

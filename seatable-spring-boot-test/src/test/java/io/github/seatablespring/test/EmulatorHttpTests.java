package io.github.seatablespring.test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator's wire format, driven through plain HTTP. */
class EmulatorHttpTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));

	@RegisterExtension
	final SeaTableEmulatorExtension seaTable = new SeaTableEmulatorExtension(
			SeaTableEmulator.builder().clock(this.clock), "Demo");

	private SeaTableEmulator emulator;

	private EmulatedBase base;

	private EmulatorClient client;

	private String token;

	@BeforeEach
	void start() {
		this.emulator = this.seaTable.emulator();
		this.base = this.seaTable.base();
		this.base.createTable("Contacts", List.of(EmulatedColumn.of("Name", "text"), EmulatedColumn.of("Age", "number"),
				EmulatedColumn.of("Active", "checkbox"), EmulatedColumn.of("Tags", "multiple-select")));
		this.client = new EmulatorClient(this.emulator);
		this.token = this.client.baseToken(this.base.apiToken());
	}

	@Test
	void pingAndServerInfo() {
		assertThat(this.client.send("GET", "/api2/ping/", "", "").body()).isEqualTo("\"pong\"");
		JsonNode info = EmulatorClient.json(this.client.send("GET", "/server-info/", "", ""));
		assertThat(info.path("version").stringValue()).isEqualTo("6.1.0");
		assertThat(info.path("edition").stringValue()).isEqualTo("enterprise edition");
	}

	@Test
	void baseTokenIsASignedJwtForTheBase() {
		HttpResponse<String> response = this.client.send("GET", "/api/v2.1/dtable/app-access-token/?exp=2h",
				"Token " + this.base.apiToken(), "");
		JsonNode body = EmulatorClient.json(response);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body.path("dtable_uuid").stringValue()).isEqualTo(this.base.uuid());
		assertThat(body.path("dtable_name").stringValue()).isEqualTo("Demo");
		assertThat(body.path("use_api_gateway").booleanValue()).isTrue();
		assertThat(body.path("dtable_server").stringValue()).isEqualTo(this.emulator.serverUrl() + "/api-gateway/");
		assertThat(this.base.apiToken()).hasSize(40);
		String[] parts = body.path("access_token").stringValue().split("\\.");
		assertThat(parts).hasSize(3);
		JsonNode claims = EmulatorClient.JSON
			.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
		assertThat(claims.path("exp").longValue())
			.isEqualTo(this.clock.instant().plus(Duration.ofHours(2)).getEpochSecond());
		assertThat(claims.path("dtable_uuid").stringValue()).isEqualTo(this.base.uuid());
		JsonNode defaultToken = EmulatorClient.JSON
			.readTree(new String(Base64.getUrlDecoder().decode(this.token.split("\\.")[1]), StandardCharsets.UTF_8));
		assertThat(defaultToken.path("exp").longValue())
			.isEqualTo(this.clock.instant().plus(Duration.ofDays(3)).getEpochSecond());
	}

	@Test
	void unknownApiTokenIsDenied() {
		HttpResponse<String> response = this.client.send("GET", "/api/v2.1/dtable/app-access-token/",
				"Token " + "0".repeat(40), "");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).isEqualTo("{\"error_msg\":\"Permission denied.\"}");
	}

	@Test
	void invalidForeignOrExpiredBaseTokenGets403() {
		assertThat(this.client.base("GET", this.base, "nope", "metadata/", "").statusCode()).isEqualTo(403);
		String tampered = this.token.substring(0, this.token.length() - 2) + "xx";
		HttpResponse<String> response = this.client.base("GET", this.base, tampered, "metadata/", "");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).isEqualTo("{\"error_msg\":\"Authentication credentials were not provided.\"}");
		EmulatedBase other = this.emulator.createBase("Other");
		assertThat(this.client.base("GET", other, this.token, "metadata/", "").statusCode()).isEqualTo(403);

		this.clock.advance(Duration.ofDays(3));
		HttpResponse<String> expired = this.client.base("GET", this.base, this.token, "metadata/", "");
		assertThat(expired.statusCode()).isEqualTo(403);
		assertThat(expired.body()).isEqualTo("{\"error_msg\":\"Token expired.\"}");
		this.emulator.expiredTokenStatus(401);
		assertThat(this.client.base("GET", this.base, this.token, "metadata/", "").statusCode()).isEqualTo(401);
	}

	@Test
	void expireTokensRevokesIssuedTokensOnly() {
		this.emulator.expireTokens();
		assertThat(this.client.base("GET", this.base, this.token, "metadata/", "").statusCode()).isEqualTo(403);
		String fresh = this.client.baseToken(this.base.apiToken());
		assertThat(this.client.base("GET", this.base, fresh, "metadata/", "").statusCode()).isEqualTo(200);
	}

	@Test
	void metadataListsTablesColumnsAndDefaultView() {
		JsonNode metadata = EmulatorClient.json(this.client.base("GET", this.base, this.token, "metadata/", ""))
			.path("metadata");
		JsonNode table = metadata.path("tables").get(0);
		assertThat(table.path("_id").stringValue()).isEqualTo("0000");
		assertThat(table.path("name").stringValue()).isEqualTo("Contacts");
		assertThat(table.path("columns").get(0).path("key").stringValue()).isEqualTo("0000");
		assertThat(table.path("columns").get(1).path("name").stringValue()).isEqualTo("Age");
		assertThat(table.path("columns").get(1).path("type").stringValue()).isEqualTo("number");
		assertThat(table.path("columns").get(1).path("key").stringValue()).hasSize(4);
		assertThat(table.path("views").get(0).path("name").stringValue()).isEqualTo("Default View");
	}

	@Test
	void appendListGetUpdateDeleteRows() {
		HttpResponse<String> appended = this.client.base("POST", this.base, this.token, "rows/",
				"{\"table_name\":\"Contacts\",\"rows\":[{\"Name\":\"Ann\",\"Age\":31,\"Active\":true,\"Tags\":[\"a\",\"b\"],"
						+ "\"Unknown\":1},{\"Name\":\"Bob\",\"Age\":42.5}]}");
		JsonNode answer = EmulatorClient.json(appended);
		assertThat(appended.statusCode()).isEqualTo(200);
		assertThat(answer.path("inserted_row_count").intValue()).isEqualTo(2);
		String annId = answer.path("row_ids").get(0).path("_id").stringValue();
		assertThat(annId).hasSize(22).matches("[A-Za-z0-9_-]+");
		assertThat(answer.path("first_row").path("_id").stringValue()).isEqualTo(annId);
		assertThat(answer.path("first_row").path("0000").stringValue()).isEqualTo("Ann");

		JsonNode rows = EmulatorClient
			.json(this.client.base("GET", this.base, this.token, "rows/?table_name=Contacts&convert_keys=true", ""))
			.path("rows");
		assertThat(rows).hasSize(2);
		JsonNode ann = rows.get(0);
		assertThat(ann.path("Name").stringValue()).isEqualTo("Ann");
		assertThat(ann.path("Age").isIntegralNumber()).isTrue();
		assertThat(ann.path("Age").intValue()).isEqualTo(31);
		assertThat(ann.path("Active").booleanValue()).isTrue();
		assertThat(ann.path("Tags").get(1).stringValue()).isEqualTo("b");
		assertThat(ann.has("Unknown")).isFalse();
		assertThat(ann.path("_ctime").stringValue()).isEqualTo("2025-01-01T10:00:00.000+00:00");
		assertThat(ann.path("_archived").booleanValue()).isFalse();
		assertThat(rows.get(1).path("Age").doubleValue()).isEqualTo(42.5);

		JsonNode page = EmulatorClient
			.json(this.client.base("GET", this.base, this.token,
					"rows/?table_name=Contacts&start=1&limit=1&convert_keys=false", ""))
			.path("rows");
		assertThat(page).hasSize(1);
		assertThat(page.get(0).path("0000").stringValue()).isEqualTo("Bob");

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.client
			.base("PUT", this.base, this.token, "rows/",
					"{\"table_name\":\"Contacts\",\"updates\":[{\"row_id\":\"" + annId
							+ "\",\"row\":{\"Age\":32,\"Nope\":1}}]}")
			.body()).isEqualTo("{\"success\":true}");
		JsonNode row = EmulatorClient
			.json(this.client.base("GET", this.base, this.token, "rows/" + annId + "/?table_name=Contacts", ""));
		assertThat(row.path("Age").intValue()).isEqualTo(32);
		assertThat(row.path("_mtime").stringValue()).isEqualTo("2025-01-01T10:01:00.000+00:00");

		JsonNode deleted = EmulatorClient.json(this.client.base("DELETE", this.base, this.token, "rows/",
				"{\"table_name\":\"Contacts\",\"row_ids\":[\"" + annId + "\",\"missing\"]}"));
		assertThat(deleted.path("deleted_rows").intValue()).isEqualTo(1);
		assertThat(this.base.rows("Contacts")).extracting((r) -> r.get("Name")).containsExactly("Bob");
		HttpResponse<String> missing = this.client.base("GET", this.base, this.token,
				"rows/" + annId + "/?table_name=Contacts", "");
		assertThat(missing.statusCode()).isEqualTo(404);
	}

	@Test
	void batchesBeyondTheLimitsAreRejected() {
		StringBuilder rows = new StringBuilder("{\"table_name\":\"Contacts\",\"rows\":[");
		for (int i = 0; i < 1001; i++) {
			rows.append(i == 0 ? "" : ",").append("{\"Name\":\"n").append(i).append("\"}");
		}
		HttpResponse<String> response = this.client.base("POST", this.base, this.token, "rows/", rows + "]}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(EmulatorClient.json(response).path("error_message").stringValue()).contains("1000");
		assertThat(this.base.rows("Contacts")).isEmpty();
	}

	@Test
	void listRowsAnswersAtMost1000() {
		List<Map<String, Object>> seed = new ArrayList<>();
		for (int i = 0; i < 1200; i++) {
			seed.add(Map.of("Name", "n" + i, "Age", i));
		}
		this.base.insertRows("Contacts", seed);
		JsonNode rows = EmulatorClient
			.json(this.client.base("GET", this.base, this.token, "rows/?table_name=Contacts&limit=5000", ""))
			.path("rows");
		assertThat(rows).hasSize(1000);
		assertThat(rows.get(999).path("Name").stringValue()).isEqualTo("n999");
	}

	@Test
	void sqlSelectsWithParametersGroupByAndDefaultLimit() {
		List<Map<String, Object>> seed = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			seed.add(Map.of("Name", (i % 2 == 0) ? "even" : "odd", "Age", i));
		}
		this.base.insertRows("Contacts", seed);

		JsonNode all = EmulatorClient.json(this.client.base("POST", this.base, this.token, "sql/",
				"{\"sql\":\"SELECT * FROM Contacts\",\"convert_keys\":true}"));
		assertThat(all.path("success").booleanValue()).isTrue();
		assertThat(all.path("results")).hasSize(100);
		assertThat(all.path("is_join_stmt").booleanValue()).isFalse();

		JsonNode limited = EmulatorClient.json(this.client.base("POST", this.base, this.token, "sql/",
				"{\"sql\":\"SELECT Name, Age FROM Contacts WHERE Age >= ? ORDER BY Age DESC LIMIT 3 OFFSET 1\","
						+ "\"parameters\":[140],\"convert_keys\":true}"));
		assertThat(limited.path("results")).hasSize(3);
		assertThat(limited.path("results").get(0).path("Age").intValue()).isEqualTo(148);
		assertThat(limited.path("metadata").get(1).path("name").stringValue()).isEqualTo("Age");
		assertThat(limited.path("metadata").get(1).path("type").stringValue()).isEqualTo("number");

		JsonNode byKey = EmulatorClient.json(this.client.base("POST", this.base, this.token, "sql/",
				"{\"sql\":\"SELECT Name FROM Contacts WHERE Name = ? LIMIT 1\",\"parameters\":[\"odd\"],\"convert_keys\":false}"));
		assertThat(byKey.path("results").get(0).path("0000").stringValue()).isEqualTo("odd");

		JsonNode grouped = EmulatorClient.json(this.client.base("POST", this.base, this.token, "sql/",
				"{\"sql\":\"SELECT Name, COUNT(*), MAX(Age) FROM Contacts GROUP BY Name ORDER BY Name\",\"convert_keys\":true}"));
		assertThat(grouped.path("results")).hasSize(2);
		assertThat(grouped.path("results").get(0).path("Name").stringValue()).isEqualTo("even");
		assertThat(grouped.path("results").get(0).path("COUNT(*)").intValue()).isEqualTo(75);
		assertThat(grouped.path("results").get(1).path("MAX(Age)").intValue()).isEqualTo(149);
	}

	@Test
	void sqlUpdateAndDeleteChangeRowsAndBadSqlIs400() {
		this.base.insertRows("Contacts", List.of(Map.of("Name", "Ann", "Age", 31), Map.of("Name", "Bob", "Age", 17)));
		JsonNode updated = EmulatorClient.json(this.client.base("POST", this.base, this.token, "sql/",
				"{\"sql\":\"UPDATE Contacts SET Age = ? WHERE Name = ?\",\"parameters\":[40,\"Ann\"]}"));
		assertThat(updated.path("success").booleanValue()).isTrue();
		this.client.base("POST", this.base, this.token, "sql/", "{\"sql\":\"DELETE FROM Contacts WHERE Age < 18\"}");
		assertThat(this.base.rows("Contacts")).singleElement().satisfies((row) -> {
			assertThat(row).containsEntry("Name", "Ann").containsEntry("Age", 40L);
		});
		HttpResponse<String> bad = this.client.base("POST", this.base, this.token, "sql/",
				"{\"sql\":\"SELECT * FROM Missing\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(EmulatorClient.json(bad).path("error_message").stringValue()).isNotEmpty();
	}

	@Test
	void readOnlyTokenMayReadAndSelectButNotWrite() {
		String readOnly = this.client.baseToken(this.base.createApiToken(true));
		assertThat(this.client.base("GET", this.base, readOnly, "rows/?table_name=Contacts", "").statusCode())
			.isEqualTo(200);
		assertThat(this.client.base("POST", this.base, readOnly, "sql/", "{\"sql\":\"SELECT * FROM Contacts\"}")
			.statusCode()).isEqualTo(200);
		HttpResponse<String> append = this.client.base("POST", this.base, readOnly, "rows/",
				"{\"table_name\":\"Contacts\",\"rows\":[{\"Name\":\"x\"}]}");
		assertThat(append.statusCode()).isEqualTo(403);
		assertThat(append.body()).isEqualTo("{\"error_msg\":\"Permission denied.\"}");
		assertThat(this.client.base("POST", this.base, readOnly, "sql/", "{\"sql\":\"DELETE FROM Contacts\"}")
			.statusCode()).isEqualTo(403);
		assertThat(this.base.rows("Contacts")).isEmpty();
	}

	@Test
	void createTableAndInsertColumn() {
		HttpResponse<String> created = this.client.base("POST", this.base, this.token, "tables/",
				"{\"table_name\":\"Orders\",\"columns\":[{\"column_name\":\"Title\",\"column_type\":\"text\"}]}");
		JsonNode table = EmulatorClient.json(created);
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(table.path("name").stringValue()).isEqualTo("Orders");
		assertThat(table.path("_id").stringValue()).hasSize(4).isNotEqualTo("0000");
		assertThat(table.path("view_structure").path("view_ids").get(0).stringValue()).isEqualTo("0000");
		assertThat(table.path("columns").get(0).path("name").stringValue()).isEqualTo("Title");

		JsonNode column = EmulatorClient.json(this.client.base("POST", this.base, this.token, "columns/",
				"{\"table_name\":\"Orders\",\"column_name\":\"rating\",\"column_type\":\"rate\"}"));
		assertThat(column.path("name").stringValue()).isEqualTo("rating");
		assertThat(column.path("data").path("rate_max_number").intValue()).isEqualTo(5);

		this.base.insertRows("Orders", List.of(Map.of("Title", "t", "rating", 4)));
		JsonNode result = EmulatorClient.json(this.client.base("POST", this.base, this.token, "sql/",
				"{\"sql\":\"SELECT rating FROM Orders\",\"convert_keys\":true}"));
		assertThat(result.path("results").get(0).path("rating").intValue()).isEqualTo(4);
	}

	@Test
	void journalRecordsRequests() {
		this.emulator.clearJournal();
		this.client.base("GET", this.base, this.token, "rows/?table_name=Contacts&limit=10", "");
		assertThat(this.emulator.journal()).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("GET");
			assertThat(request.path()).isEqualTo("/api-gateway/api/v2/dtables/" + this.base.uuid() + "/rows/");
			assertThat(request.query()).isEqualTo("table_name=Contacts&limit=10");
			assertThat(request.queryParam("limit")).isEqualTo("10");
			assertThat(request.receivedAt()).isEqualTo(this.clock.instant());
			assertThat(request.isBaseOperation()).isTrue();
			assertThat(request.toString()).doesNotContain(this.token);
		});
	}

}

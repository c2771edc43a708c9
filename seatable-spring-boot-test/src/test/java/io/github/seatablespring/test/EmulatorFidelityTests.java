package io.github.seatablespring.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What the real server accepts and how it stores cells, checked over HTTP. */
class EmulatorFidelityTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2030-06-20T08:00:00Z"));

	@RegisterExtension
	final SeaTableEmulatorExtension seaTable = new SeaTableEmulatorExtension(SeaTableEmulator.builder()
		.clock(this.clock)
		.timeZone(ZoneId.of("Europe/Berlin"))
		.tokenExchangesPerMinute(3), "Fidelity")
		.withBase((base) -> base.createTable("Things", List.of(EmulatedColumn.of("Name", "text"),
				EmulatedColumn.of("When", "date", Map.of("format", "YYYY-MM-DD HH:mm")),
				EmulatedColumn.of("Day", "date", Map.of("format", "DD.MM.YYYY")), EmulatedColumn.of("Done", "checkbox"),
				EmulatedColumn.of("Kind", "single-select"), EmulatedColumn.of("Tags", "multiple-select"),
				EmulatedColumn.of("No", "auto-number", Map.of("format", "0000")),
				EmulatedColumn.of("Ref", "auto-number",
						Map.of("format", "0000", "prefix_type", "string", "prefix", "T-")),
				EmulatedColumn.of("Size", "number"))));

	private EmulatorClient client;

	private EmulatedBase base;

	private String token;

	@BeforeEach
	void token() {
		this.base = this.seaTable.base();
		this.client = new EmulatorClient(this.seaTable.emulator());
		this.token = this.client.baseToken(this.base.apiToken());
	}

	private JsonNode ok(String method, String path, String body) {
		return this.client.baseOk(method, this.base, this.token, path, body);
	}

	@Test
	void baseTokensAreAcceptedWithTheTokenSchemeAsTheOfficialSdksSendThem() {
		HttpResponse<String> response = this.client.send("GET",
				"/api-gateway/api/v2/dtables/" + this.base.uuid() + "/metadata", "Token " + this.token, "");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(EmulatorClient.json(response).path("metadata").path("tables").get(0).path("name").stringValue())
			.isEqualTo("Things");
	}

	@Test
	void cellsAreStoredAsSeaTableStoresThem() {
		ok("POST", "rows/", "{\"table_name\":\"Things\",\"rows\":["
				+ "{\"Name\":\"a\",\"When\":\"2030-06-20 23:55\",\"Day\":\"20.06.2030\",\"Done\":true,\"Kind\":\"red\",\"Tags\":[\"x\",\"y\"]},"
				+ "{\"Name\":\"b\",\"When\":\"2030-01-02T10:00:00Z\",\"Day\":\"not a date\",\"Done\":1,\"Kind\":\"blue\"}]}");
		List<Map<String, Object>> rows = this.base.rows("Things");
		// ISO with the server's offset, whatever was sent; an unreadable date is stored
		// as null (API_ISSUES #5)
		assertThat(rows.get(0)).containsEntry("When", "2030-06-20T23:55:00+02:00")
			.containsEntry("Day", "2030-06-20T00:00:00+02:00");
		assertThat(rows.get(1)).containsEntry("When", "2030-01-02T11:00:00+01:00").containsEntry("Day", null);
		// only JSON true checks a checkbox: 1 is stored as false (API_ISSUES #1)
		assertThat(rows).extracting((row) -> row.get("Done")).containsExactly(true, false);
		// auto-numbers in their format
		assertThat(rows).extracting((row) -> row.get("No")).containsExactly("0001", "0002");
		assertThat(rows).extracting((row) -> row.get("Ref")).containsExactly("T-0001", "T-0002");
		assertThat(rows.get(0)).containsEntry("_creator", "emulator@auth.local")
			.containsEntry("_ctime", "2030-06-20T08:00:00.000+00:00");
		// unknown options are created (API_ISSUES #2)
		JsonNode columns = ok("GET", "columns/?table_name=Things", "").path("columns");
		assertThat(column(columns, "Kind").path("data").path("options")).extracting((o) -> o.path("name").stringValue())
			.containsExactly("red", "blue");
		assertThat(column(columns, "Tags").path("data").path("options")).extracting((o) -> o.path("name").stringValue())
			.containsExactly("x", "y");
		assertThat(column(columns, "No").path("data").path("max_used_auto_number").intValue()).isEqualTo(2);

		this.clock.advance(Duration.ofMinutes(5));
		String id = String.valueOf(rows.get(0).get("_id"));
		ok("PUT", "rows/",
				"{\"table_name\":\"Things\",\"updates\":[{\"row_id\":\"" + id + "\",\"row\":{\"Size\":\"12.5\"}}]}");
		assertThat(this.base.rows("Things").get(0)).containsEntry("Size", 12.5)
			.containsEntry("_mtime", "2030-06-20T08:05:00.000+00:00");
	}

	@Test
	void sqlWithoutConvertKeysAnswersColumnKeysAndOptionIds() {
		this.base.insertRows("Things", List.of(Map.of("Name", "a", "Kind", "red", "Tags", List.of("x"))));
		JsonNode byKey = ok("POST", "sql", "{\"sql\":\"SELECT Name, Kind, Tags FROM Things\"}");
		JsonNode metadata = byKey.path("metadata");
		String kindOption = metadata.get(1).path("data").path("options").get(0).path("id").stringValue();
		assertThat(byKey.path("results").get(0).path(metadata.get(0).path("key").stringValue()).stringValue())
			.isEqualTo("a");
		assertThat(byKey.path("results").get(0).path(metadata.get(1).path("key").stringValue()).stringValue())
			.isEqualTo(kindOption);
		JsonNode byName = ok("POST", "sql/", "{\"sql\":\"SELECT Name, Kind FROM Things\",\"convert_keys\":true}");
		assertThat(byName.path("results").get(0).path("Kind").stringValue()).isEqualTo("red");
	}

	@Test
	void tablesAndColumnsMayBeAddressedById() {
		String tableId = this.base.store().table("Things").id();
		ok("POST", "rows/", "{\"table_id\":\"" + tableId + "\",\"rows\":[{\"Name\":\"by id\"}]}");
		assertThat(ok("GET", "rows/?table_id=" + tableId, "").path("rows").get(0).path("Name").stringValue())
			.isEqualTo("by id");
		// a table_name holding an id is accepted too, as the JavaScript SDK's updateLink
		// sends it
		assertThat(ok("GET", "columns/?table_name=" + tableId, "").path("columns")).hasSize(9);
	}

	@Test
	void linksAreChangedByTableNamesAsWellAsIds() {
		this.base.createTable("People", List.of(EmulatedColumn.of("Name", "text")));
		String person = this.base.insertRows("People", List.of(Map.of("Name", "Ann"))).get(0);
		String thing = this.base.insertRows("Things", List.of(Map.of("Name", "t"))).get(0);
		this.base.createLinkColumn("Things", "Owner", "People");
		String linkId = this.base.link("Things", "Owner").linkId();
		ok("POST", "links/",
				"{\"link_id\":\"" + linkId + "\",\"table_name\":\"Things\",\"other_table_name\":\"People\","
						+ "\"other_rows_ids_map\":{\"" + thing + "\":[\"" + person + "\"]}}");
		assertThat(ok("GET", "rows/" + thing + "/?table_name=Things", "").path("Owner")
			.get(0)
			.path("display_value")
			.stringValue()).isEqualTo("Ann");
		// from the other side, by name
		JsonNode removed = ok("DELETE", "links/", "{\"link_id\":\"" + linkId + "\",\"table_name\":\"People\","
				+ "\"other_table_name\":\"Things\",\"other_rows_ids_map\":{\"" + person + "\":[\"" + thing + "\"]}}");
		assertThat(removed.path("deleted_links_count").intValue()).isEqualTo(1);
		assertThat(ok("GET", "rows/" + thing + "/?table_name=Things", "").path("Owner")).isEmpty();
	}

	@Test
	void aViewsFiltersAndSortsApplyToListRows() {
		this.base.insertRows("Things", List.of(Map.of("Name", "small", "Size", 1), Map.of("Name", "big", "Size", 30),
				Map.of("Name", "huge", "Size", 90), Map.of("Name", "none")));
		String size = this.base.store().table("Things").column("Size").key();
		ok("POST", "views/?table_name=Things", "{\"name\":\"Large\",\"type\":\"table\"}");
		ok("PUT", "views/Large/?table_name=Things", "{\"filters\":[{\"column_key\":\"" + size
				+ "\",\"filter_predicate\":\"greater_or_equal\",\"filter_term\":10}],\"sorts\":[{\"column_key\":\""
				+ size + "\",\"sort_type\":\"down\"}]}");
		assertThat(ok("GET", "rows/?table_name=Things&view_name=Large", "").path("rows"))
			.extracting((row) -> row.path("Name").stringValue())
			.containsExactly("huge", "big");
		assertThat(ok("GET", "rows/?table_name=Things&view_name=Large&limit=1&start=1", "").path("rows"))
			.extracting((row) -> row.path("Name").stringValue())
			.containsExactly("big");
		ok("PUT", "views/Large/?table_name=Things",
				"{\"filter_conjunction\":\"Or\",\"filters\":[{\"column_name\":\"Name\","
						+ "\"filter_predicate\":\"contains\",\"filter_term\":\"SMA\"},{\"column_key\":\"" + size
						+ "\",\"filter_predicate\":\"is_empty\"}],\"sorts\":[{}]}");
		assertThat(ok("GET", "rows/?table_name=Things&view_name=Large", "").path("rows"))
			.extracting((row) -> row.path("Name").stringValue())
			.containsExactly("small", "none");
	}

	@Test
	void expiredTokensGet403TokenExpiredOr401WhenAsked() {
		this.seaTable.emulator().expireTokens();
		HttpResponse<String> expired = this.client.base("GET", this.base, this.token, "metadata/", "");
		assertThat(expired.statusCode()).isEqualTo(403);
		assertThat(expired.body()).isEqualTo("{\"error_msg\":\"Token expired.\"}");
		this.seaTable.emulator().expiredTokenStatus(401);
		assertThat(this.client.base("GET", this.base, this.token, "metadata/", "").statusCode()).isEqualTo(401);
	}

	@Test
	void tokenExchangesAreLimitedPerMinute() {
		// one exchange was made before the test; the limit here is 3
		for (int i = 0; i < 2; i++) {
			this.client.baseToken(this.base.apiToken());
		}
		HttpResponse<String> refused = this.client.send("GET", "/api/v2.1/dtable/app-access-token/",
				"Token " + this.base.apiToken(), "");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("x-ratelimit-limit")).hasValue("3");
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(this.client.baseToken(this.base.apiToken())).isNotEmpty();
	}

	@Test
	void resetEmptiesEveryBaseButKeepsItsTokens() {
		this.base.insertRows("Things", List.of(Map.of("Name", "a")));
		long comment = this.base.addComment("row", "a@auth.local", "hi");
		this.seaTable.emulator().failNext(5, 500);
		this.seaTable.emulator().reset();
		assertThat(this.base.tableNames()).isEmpty();
		assertThat(comment).isEqualTo(1);
		assertThat(this.seaTable.emulator().journal()).isEmpty();
		assertThat(ok("GET", "metadata/", "").path("metadata").path("tables")).isEmpty();
		assertThat(ok("GET", "comments-count/?row_id=row", "").path("count").intValue()).isZero();
	}

	private static JsonNode column(JsonNode columns, String name) {
		for (JsonNode column : columns) {
			if (column.path("name").stringValue().equals(name)) {
				return column;
			}
		}
		throw new AssertionError("no column " + name);
	}

}

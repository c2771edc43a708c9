package io.github.seatablespring.core;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableValidationException;
import io.github.seatablespring.model.Geolocation;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestRows;
import io.github.seatablespring.testsupport.TestTokens;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Rows are checked against the table's columns before any of them is sent, for every case
 * where SeaTable would silently drop or change data (API issues 1-7); a refused write
 * sends nothing to {@code /rows/}.
 */
@WireMockTest
class RowValidationTests {

	static final String METADATA = """
			{"metadata":{"version":1,"tables":[{"_id":"0000","name":"Tasks","views":[],"columns":[
			  {"key":"0000","name":"Name","type":"text"},
			  {"key":"a001","name":"Done","type":"checkbox"},
			  {"key":"a002","name":"Due","type":"date","data":{"format":"YYYY-MM-DD"}},
			  {"key":"a003","name":"Status","type":"single-select","data":{"options":[
			    {"id":"1","name":"open","color":"#fff"},{"id":"2","name":"done","color":"#000"}]}},
			  {"key":"a004","name":"Tags","type":"multiple-select","data":{"options":[{"id":"1","name":"red"}]}},
			  {"key":"a005","name":"Stars","type":"rate","data":{"rate_max_number":7}},
			  {"key":"a006","name":"Where","type":"geolocation","data":{"geo_format":"lng_lat"}},
			  {"key":"a007","name":"Country","type":"geolocation","data":{"geo_format":"country_region"}},
			  {"key":"a008","name":"No","type":"auto-number","data":{"format":"0000"}},
			  {"key":"a009","name":"Total","type":"formula","data":{"formula":"1+1"}},
			  {"key":"a010","name":"Count","type":"link-formula"},
			  {"key":"a011","name":"Author","type":"creator"},
			  {"key":"a012","name":"Created","type":"ctime"},
			  {"key":"a013","name":"Modified","type":"mtime"},
			  {"key":"a014","name":"Editor","type":"last-modifier"},
			  {"key":"a015","name":"Go","type":"button"},
			  {"key":"a016","name":"Amount","type":"number"},
			  {"key":"a017","name":"Time","type":"duration","data":{"format":"duration","duration_format":"h:mm"}},
			  {"key":"a018","name":"People","type":"collaborator"},
			  {"key":"a019","name":"Files","type":"file"},
			  {"key":"a020","name":"Pictures","type":"image"},
			  {"key":"a021","name":"Mail","type":"email"},
			  {"key":"a022","name":"Links","type":"link"}
			]}]}}""";

	private WireMockBase base;

	private SeaTableTemplate template;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
		this.base.wireMock().register(get(SeaTableStubs.gateway("/metadata/")).willReturn(okJson(METADATA)));
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/rows/"))
				.willReturn(okJson("{\"inserted_row_count\":1,\"row_ids\":[{\"_id\":\"Bko1e60YT-egit2SljWSZA\"}]}")));
		this.base.wireMock().register(put(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"success\":true}")));
		this.template = TestBases.template(this.base.url(), RowValidation.DEFAULTS, Clock.systemUTC());
	}

	@Test
	void validValuesOfEveryTypeAreSentUnchanged() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("Name", "Write report");
		row.put("Done", true);
		row.put("Due", "2030-06-20 23:55");
		row.put("Status", "open");
		row.put("Tags", List.of("red"));
		row.put("Stars", 7);
		row.put("Where", Geolocation.of(50, 8.23));
		row.put("Country", Geolocation.countryRegion("Germany"));
		row.put("Amount", 12.5);
		row.put("Time", Duration.ofMinutes(90));
		row.put("People", List.of("24ab2@auth.local"));
		row.put("Files", List.of(Map.of("name", "a.txt", "size", 1, "type", "file", "url", "https://x/a.txt")));
		row.put("Pictures", List.of("https://seatable.com/logo.svg"));
		row.put("Mail", "a@b.c");
		row.put("Links", List.of("aG-P7aRoSPi_wauvv60fsA"));
		row.put("Due", "2030-06-20T23:55:00+02:00");
		row.put("Name", null);

		this.template.appendRow("Tasks", row);

		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")).withRequestBody(equalToJson(
					"""
							{"table_name":"Tasks","rows":[{"Name":null,"Done":true,"Due":"2030-06-20T23:55:00+02:00","Status":"open",
							"Tags":["red"],"Stars":7,"Where":{"lat":50.0,"lng":8.23},"Country":{"country_region":"Germany"},
							"Amount":12.5,"Time":5400,"People":["24ab2@auth.local"],
							"Files":[{"name":"a.txt","size":1,"type":"file","url":"https://x/a.txt"}],
							"Pictures":["https://seatable.com/logo.svg"],"Mail":"a@b.c","Links":["aG-P7aRoSPi_wauvv60fsA"]}]}""")));
	}

	@Test
	void unknownColumnIsRefused() {
		SeaTableValidationException ex = refusedAppend(Map.of("Nmae", "typo"));

		assertThat(ex.getTable()).isEqualTo("Tasks");
		assertThat(ex.getMessage()).contains("Tasks", "'Nmae'", "\"typo\"", "no such column", "'Name'", "'Done'",
				"nothing was sent");
		// the metadata was fetched for this call: not fetched again to look for a new
		// column
		this.base.wireMock().verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/metadata/")));
	}

	@Test
	void unknownTableIsRefused() {
		SeaTableValidationException ex = catchThrowableOfType(SeaTableValidationException.class,
				() -> this.template.appendRow("Taks", Map.of("Name", "x")));

		assertThat(ex.getMessage()).contains("no such table 'Taks'", "'Tasks'");
		assertNothingWritten();
	}

	@Test
	void checkboxAcceptsOnlyBooleans() {
		SeaTableValidationException ex = refusedAppend(Map.of("Done", 1));

		assertThat(ex.getViolations()).singleElement().satisfies((violation) -> {
			assertThat(violation.column()).isEqualTo("Done");
			assertThat(violation.value()).isEqualTo("1");
			assertThat(violation.problem()).contains("true or false");
		});
		assertThat(refusedAppend(Map.of("Done", "true")).getMessage()).contains("column 'Done' = \"true\"");
	}

	@Test
	void unreadableDatesAreRefused() {
		for (String date : List.of("13/31/2025", "2025-13-01", "2025-02-30", "tomorrow")) {
			assertThat(refusedAppend(Map.of("Due", date)).getMessage()).contains("column 'Due'", date,
					"accepted: 2030-06-20");
		}
	}

	@Test
	void datesAreCheckedAgainstTheCalendar() {
		for (String date : List.of("2023-02-29", "2030-06-31", "2030-00-10", "2030-06-20 24:00", "2030-06-20T23:60",
				"2030-06-2x", "2030/06/20", "2030-6-20", "2030-06-20 9:30")) {
			assertThat(refusedAppend(Map.of("Due", date)).getMessage()).as(date)
				.contains("column 'Due'", "accepted: 2030-06-20");
		}
		List<String> valid = List.of("2024-02-29", "0001-12-31", "2030-06-20 00:00", "2030-06-20T23:59",
				"2030-06-20T23:59:59.5Z");

		valid.forEach((date) -> this.template.appendRow("Tasks", Map.of("Due", date)));

		this.base.wireMock().verifyThat(valid.size(), postRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void unknownSelectOptionsAreRefusedUnlessAllowed() {
		assertThat(refusedAppend(Map.of("Status", "opne")).getMessage()).contains("'opne' is not an option",
				"'open', 'done'", "allow-new-select-options");
		assertThat(refusedAppend(Map.of("Tags", List.of("red", "blue"))).getMessage()).contains("'blue'", "'red'");

		SeaTableTemplate allowing = TestBases.template(this.base.url(),
				new RowValidation(true, Duration.ofMinutes(5), true), Clock.systemUTC());
		allowing.appendRow("Tasks", Map.of("Status", "archived", "Tags", List.of("blue")));
		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")).withRequestBody(equalToJson(
					"{\"table_name\":\"Tasks\",\"rows\":[{\"Status\":\"archived\",\"Tags\":[\"blue\"]}]}")));
	}

	@Test
	void ratingsOutsideOneToTheColumnMaximumAreRefused() {
		for (Object rate : List.of(8, 0, -1, 2.5, "5")) {
			assertThat(refusedAppend(Map.of("Stars", rate)).getMessage()).contains("column 'Stars'",
					"a whole number from 1 to 7");
		}
	}

	@Test
	void partialGeolocationsAreRefused() {
		assertThat(refusedAppend(Map.of("Where", Map.of("lng", 11.576))).getMessage()).contains("column 'Where'",
				"both coordinates");
		assertThat(refusedAppend(Map.of("Where", Map.of("lat", 91, "lng", 11))).getMessage())
			.contains("both coordinates");
		assertThat(refusedAppend(Map.of("Country", Geolocation.of(1, 2))).getMessage())
			.contains("{\"country_region\": \"Germany\"}");
	}

	@Test
	void columnsSeaTableFillsItselfAreRefused() {
		for (String column : List.of("No", "Total", "Count", "Author", "Created", "Modified", "Editor", "Go")) {
			assertThat(refusedAppend(Map.of(column, "9999")).getMessage()).contains("column '" + column + "'",
					"cannot be written", "readOnly = true");
		}
		assertThat(refusedAppend(Map.of("_ctime", "2020-01-01")).getMessage()).contains("'_ctime' is a field");
	}

	@Test
	void wrongTypesOfTheOtherColumnsAreRefused() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("Name", 5);
		row.put("Amount", "12");
		row.put("Time", "90 minutes");
		row.put("People", "24ab2@auth.local");
		row.put("Files", List.of("https://x/a.txt"));
		row.put("Pictures", "https://seatable.com/logo.svg");
		row.put("Links", "aG-P7aRoSPi_wauvv60fsA");

		SeaTableValidationException ex = refusedAppend(row);

		assertThat(ex.getViolations()).extracting(SeaTableValidationException.Violation::column)
			.containsExactly("Name", "Amount", "Time", "People", "Files", "Pictures", "Links");
	}

	@Test
	void oneInvalidRowStopsTheWholeBatch() {
		List<Map<String, Object>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 2500; i++) {
			rows.add(Map.of("Name", "task " + i, "Done", i != 2100));
		}
		rows.set(2100, Map.of("Name", "task 2100", "Done", 1));

		SeaTableValidationException ex = catchThrowableOfType(SeaTableValidationException.class,
				() -> this.template.appendRows("Tasks", rows));

		assertThat(ex).isInstanceOf(SeaTableException.class);
		assertThat(ex.getViolations()).singleElement()
			.satisfies((violation) -> assertThat(violation.row()).isEqualTo("row 2100"));
		assertThat(ex.getMessage()).startsWith("Appending 2500 rows to table 'Tasks' refused")
			.contains("[POST /rows/]")
			.doesNotContain(TestTokens.API_TOKEN);
		assertNothingWritten();
	}

	@Test
	void updatesAreCheckedTooAndNameTheRowId() {
		Map<String, Map<String, ?>> updates = new HashMap<>();
		updates.put(TestRows.id(1), Map.of("Done", true));
		updates.put(TestRows.id(2), Map.of("No", "9999"));

		SeaTableValidationException ex = catchThrowableOfType(SeaTableValidationException.class,
				() -> this.template.updateRows("Tasks", updates));

		assertThat(ex.getMessage()).contains("row " + TestRows.id(2) + ", column 'No'", "[PUT /rows/]");
		SeaTableValidationException single = catchThrowableOfType(SeaTableValidationException.class,
				() -> this.template.updateRow("Tasks", TestRows.id(3), Map.of("Stars", 8)));
		assertThat(single.getMessage()).contains("row " + TestRows.id(3) + ", column 'Stars' = 8");
		assertNothingWritten();
	}

	@Test
	void disabledValidationSendsRowsAsGivenWithoutFetchingMetadata() {
		SeaTableTemplate unchecked = TestBases.template(this.base.url(), RowValidation.DISABLED, Clock.systemUTC());

		unchecked.appendRow("Tasks", Map.of("Done", 1));

		this.base.wireMock().verifyThat(0, getRequestedFor(SeaTableStubs.gateway("/metadata/")));
		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/"))
				.withRequestBody(equalToJson("{\"table_name\":\"Tasks\",\"rows\":[{\"Done\":1}]}")));
	}

	private SeaTableValidationException refusedAppend(Map<String, ?> row) {
		SeaTableValidationException ex = catchThrowableOfType(SeaTableValidationException.class,
				() -> this.template.appendRow("Tasks", row));
		assertThat(ex).as("refused: %s", row).isNotNull();
		assertThat(ex.getStatus()).isEmpty();
		assertNothingWritten();
		return ex;
	}

	@Test
	void bigDataAppendsAreWrittenAndCheckedLikeOtherAppends() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/add-archived-rows/"))
				.willReturn(okJson("{\"inserted_row_count\":1}")));

		assertThatExceptionOfType(SeaTableValidationException.class)
			.isThrownBy(() -> this.template.bigData().appendRows("Tasks", List.of(Map.of("Nmae", "typo"))))
			.withMessageContaining("no such column");
		this.template.bigData().appendRows("Tasks", List.of(Map.of("Time", Duration.ofMinutes(90))));

		// the duration as SeaTable's seconds, not Java's PT1H30M
		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/add-archived-rows/"))
				.withRequestBody(equalToJson("{\"table_name\":\"Tasks\",\"rows\":[{\"Time\":5400}]}")));
	}

	private void assertNothingWritten() {
		assertThat(this.base.wireMock().find(anyRequestedFor(SeaTableStubs.gateway("/rows/")))).isEmpty();
	}

}

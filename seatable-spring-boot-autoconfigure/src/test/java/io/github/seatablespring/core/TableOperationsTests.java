package io.github.seatablespring.core;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableNotFoundException;
import io.github.seatablespring.SeaTableRequestDetails;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.Table;
import io.github.seatablespring.model.View;
import io.github.seatablespring.testsupport.Answers;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@WireMockTest
class TableOperationsTests {

	@Test
	void createSendsTableNameAndColumnsAsTheSpecDefines(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		// shaped like a real server's answer, where "columns" came back masked as a
		// string
		wm.getWireMock()
			.register(post(SeaTableStubs.gateway("/tables/")).willReturn(
					okJson("""
							{"_id":"IfcB","columns":"list","header_settings":{},"id_row_map":{},"is_header_locked":false,
							 "name":"Contacts","rows":[],"views":[{"_id":"0000","name":"Default View","type":"table","rows":[]}]}""")));
		SeaTableTemplate template = template(wm);

		Table table = template.tables()
			.create("Contacts", List.of(ColumnDefinition.text("Name"), ColumnDefinition.number("Age"),
					ColumnDefinition.of("Level", "single-select").withData(Map.of("options", List.of()))));

		assertThat(table.id()).isEqualTo("IfcB");
		assertThat(table.name()).isEqualTo("Contacts");
		assertThat(table.columns()).isEmpty();
		assertThat(table.view("Default View")).isPresent();
		wm.getWireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/tables/")).withRequestBody(equalToJson("""
					{"table_name":"Contacts","columns":[
					  {"column_name":"Name","column_type":"text"},
					  {"column_name":"Age","column_type":"number"},
					  {"column_name":"Level","column_type":"single-select","column_data":{"options":[]}}]}""")));
	}

	@Test
	void createAnsweredWithoutATableReportsMethodPathAndRealStatus(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock().register(post(SeaTableStubs.gateway("/tables/")).willReturn(jsonResponse("[]", 201)));

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> template(wm).tables().create("Contacts", List.of(ColumnDefinition.text("Name"))))
			.satisfies((ex) -> assertThat(ex.getRequest())
				.isEqualTo(SeaTableRequestDetails.answered("POST", SeaTableStubs.GATEWAY + "/tables/", 201, null)));
	}

	@Test
	void badColumnNamesAndEmptyTablesFailBeforeAnyRequest(WireMockRuntimeInfo wm) {
		SeaTableTemplate template = template(wm);
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnDefinition.text("a.b"))
			.withMessageContaining("'.'");
		assertThatIllegalArgumentException().isThrownBy(() -> template.tables().create("Contacts", List.of()))
			.withMessageContaining("at least one column");
		assertThat(wm.getWireMock().getServeEvents()).isEmpty();
	}

	@Test
	void renameSendsOldAndNewNameWithPut(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock().register(put(SeaTableStubs.gateway("/tables/")).willReturn(okJson("{\"success\":true}")));

		template(wm).tables().rename("Contacts", "People");

		wm.getWireMock()
			.verifyThat(1, putRequestedFor(SeaTableStubs.gateway("/tables/"))
				.withRequestBody(equalToJson("{\"table_name\":\"Contacts\",\"new_table_name\":\"People\"}")));
	}

	@Test
	void deleteSendsTheTableNameInTheBodyOfADelete(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock().register(delete(SeaTableStubs.gateway("/tables/")).willReturn(okJson("{\"success\":true}")));

		StepVerifier.create(TestBases.reactiveTemplate(wm.getHttpBaseUrl()).tables().delete("Contacts"))
			.verifyComplete();

		wm.getWireMock()
			.verifyThat(1, deleteRequestedFor(SeaTableStubs.gateway("/tables/"))
				.withRequestBody(equalToJson("{\"table_name\":\"Contacts\"}")));
	}

	@Test
	void aRefusedDeleteIsNotSwallowed(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock()
			.register(delete(SeaTableStubs.gateway("/tables/"))
				.willReturn(jsonResponse("{\"error_msg\":\"table Nope not found\"}", 404)));

		assertThatExceptionOfType(SeaTableNotFoundException.class)
			.isThrownBy(() -> template(wm).tables().delete("Nope"))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).isEqualTo("table Nope not found"));
	}

	@Test
	void duplicateSendsTheRecordsFlagAndParsesTheRecordedCopy(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock()
			.register(post(SeaTableStubs.gateway("/tables/duplicate-table/"))
				.willReturn(okJson(Answers.read("duplicateTable.json"))));

		Table copy = template(wm).tables().duplicate("Projects", true);

		assertThat(copy.name()).isEqualTo("Projects(copy)");
		assertThat(copy.columns()).extracting(Column::name).containsExactly("Name", "Budget");
		assertThat(copy.column("Budget").orElseThrow().data()).containsEntry("format", "number");
		assertThat(copy.views()).containsExactly(new View("0000", "All", "table"));
		wm.getWireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/tables/duplicate-table/"))
				.withRequestBody(equalToJson("{\"table_name\":\"Projects\",\"is_duplicate_records\":true}")));
	}

	@Test
	void reactiveDuplicateWithoutRows(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock()
			.register(post(SeaTableStubs.gateway("/tables/duplicate-table/")).willReturn(
					okJson("""
							{"_id":"oW2Q","name":"Contacts(copy)","columns":[{"key":"0000","type":"text","name":"Name","data":null}],
							 "rows":[],"id_row_map":{},"views":[]}""")));

		StepVerifier.create(TestBases.reactiveTemplate(wm.getHttpBaseUrl()).tables().duplicate("Contacts", false))
			.assertNext((copy) -> {
				assertThat(copy.id()).isEqualTo("oW2Q");
				assertThat(copy.column("Name").orElseThrow().type()).isEqualTo("text");
			})
			.verifyComplete();
		wm.getWireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/tables/duplicate-table/"))
				.withRequestBody(equalToJson("{\"table_name\":\"Contacts\",\"is_duplicate_records\":false}")));
	}

	@Test
	void blankNamesFailBeforeAnyRequest(WireMockRuntimeInfo wm) {
		SeaTableTemplate template = template(wm);
		assertThatIllegalArgumentException().isThrownBy(() -> template.tables().rename("Contacts", " "))
			.withMessage("new table name must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> template.tables().delete(""))
			.withMessage("table name must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> template.tables().duplicate("", true))
			.withMessage("table name must not be empty");
		assertThat(wm.getWireMock().getServeEvents()).isEmpty();
	}

	private static SeaTableTemplate template(WireMockRuntimeInfo wm) {
		return new SeaTableTemplate(
				TestBases.factory(Clock.systemUTC()).create(TestBases.settings(wm.getHttpBaseUrl())).template());
	}

}

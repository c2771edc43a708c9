package io.github.seatablespring.core;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.Table;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@WireMockTest
class TableOperationsTests {

	@Test
	void createSendsTableNameAndColumnsAsTheSpecDefines(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		// shaped like a real server's answer, where "columns" came back masked as a string
		wm.getWireMock().register(post(SeaTableStubs.gateway("/tables/")).willReturn(okJson("""
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
		wm.getWireMock().verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/tables/")).withRequestBody(equalToJson("""
				{"table_name":"Contacts","columns":[
				  {"column_name":"Name","column_type":"text"},
				  {"column_name":"Age","column_type":"number"},
				  {"column_name":"Level","column_type":"single-select","column_data":{"options":[]}}]}""")));
	}

	@Test
	void badColumnNamesAndEmptyTablesFailBeforeAnyRequest(WireMockRuntimeInfo wm) {
		SeaTableTemplate template = template(wm);
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnDefinition.text("a.b")).withMessageContaining("'.'");
		assertThatIllegalArgumentException().isThrownBy(() -> template.tables().create("Contacts", List.of()))
			.withMessageContaining("at least one column");
		assertThat(wm.getWireMock().getServeEvents()).isEmpty();
	}

	private static SeaTableTemplate template(WireMockRuntimeInfo wm) {
		return new SeaTableTemplate(
				TestBases.factory(Clock.systemUTC()).create(TestBases.settings(wm.getHttpBaseUrl())).template());
	}

}

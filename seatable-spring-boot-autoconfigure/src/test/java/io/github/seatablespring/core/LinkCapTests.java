package io.github.seatablespring.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SeaTable cuts link cells in row results at 50 links; the client says so instead of
 * keeping quiet.
 */
@WireMockTest
@ExtendWith(OutputCaptureExtension.class)
class LinkCapTests {

	@Test
	void aCellWithFiftyLinksIsReportedOnceAndFlaggedOnItsRows(WireMockRuntimeInfo wm, CapturedOutput output) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		List<Map<String, Object>> rows = List.of(row(0, 50), row(1, 50), row(2, 3));
		wm.getWireMock()
			.register(get(SeaTableStubs.gateway("/rows/"))
				.willReturn(okJson(JsonMapper.shared().writeValueAsString(Map.of("rows", rows)))));

		List<Row> listed = TestBases.template(wm.getHttpBaseUrl()).listRows(RowQuery.table("Projects"));

		assertThat(listed).extracting((row) -> row.mayHaveMoreLinks("Members")).containsExactly(true, true, false);
		assertThat(listed.get(0).columnsWithMoreLinks()).containsExactly("Members");
		assertThat(listed.get(2).columnsWithMoreLinks()).isEmpty();
		assertThat(listed.get(0).mayHaveMoreLinks("Name")).isFalse();
		assertThat(output.getOut().split("Link column 'Members' holds 50 links", -1)).hasSize(2);
		assertThat(output.getOut()).contains("links().streamLinkedRows(table, column, rowId)");
	}

	private static Map<String, Object> row(int index, int links) {
		List<Map<String, Object>> cell = new ArrayList<>();
		for (int i = 0; i < links; i++) {
			cell.add(Map.of("row_id", TestRows.id(1000 + i), "display_value", "member " + i));
		}
		return Map.of("_id", TestRows.id(index), "Name", "project " + index, "Members", cell);
	}

}

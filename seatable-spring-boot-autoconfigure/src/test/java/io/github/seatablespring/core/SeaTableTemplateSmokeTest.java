package io.github.seatablespring.core;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

@WireMockTest
class SeaTableTemplateSmokeTest {

	@Test
	void listsRowsWithBaseTokenOnGatewayPath(WireMockRuntimeInfo wm) {
		String jwt = SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock()
			.register(get(SeaTableStubs.gateway("/rows/")).willReturn(
					okJson("""
							{"rows":[{"_id":"Bko1e60YT-egit2SljWSZA","_mtime":"2021-03-10T16:06:48.981+00:00","Name":"Second new row",
							"link":[{"display_value":"1","row_id":"XzdZfL2oS-aILnhfagTWEg"}]}]}""")));
		SeaTableTemplate template = new SeaTableTemplate(
				TestBases.factory(Clock.systemUTC()).create(TestBases.settings(wm.getHttpBaseUrl())).template());

		List<Row> rows = template.listRows(RowQuery.table("Table 1").limit(10));

		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.id()).isEqualTo("Bko1e60YT-egit2SljWSZA");
			assertThat(row.getString("Name")).isEqualTo("Second new row");
			assertThat(row.getList("link")).hasSize(1);
		});
		wm.getWireMock().verifyThat(1, SeaTableStubs.tokenRequests());
		wm.getWireMock()
			.verifyThat(1,
					getRequestedFor(SeaTableStubs.gateway("/rows/"))
						.withHeader("Authorization", equalTo("Bearer " + jwt))
						.withQueryParam("table_name", equalTo("Table 1"))
						.withQueryParam("limit", equalTo("10"))
						.withQueryParam("start", equalTo("0"))
						.withQueryParam("convert_keys", equalTo("true")));
	}

}

package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestRows;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batch writes are split at SeaTable's per-request limits (spec: POST/PUT/DELETE /rows/
 * with the {@code append_rows}, {@code update_rows} and {@code delete_rows} bodies) and
 * sent in input order.
 */
@WireMockTest
class BatchChunkingTests {

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void appendRowsSendsChunksOf1000InOrder() {
		stubAppendAnswers(1000, 1000, 500);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int n = 0; n < 2500; n++) {
			rows.add(Map.of("Name", "row " + n, "n", n));
		}

		BatchResult result = this.base.template().appendRows("Contacts", rows);

		assertThat(result.rowsAffected()).isEqualTo(2500);
		assertThat(result.requests()).isEqualTo(3);
		assertThat(result.rowIds()).hasSize(2500)
			.startsWith(TestRows.id(0), TestRows.id(1))
			.endsWith(TestRows.id(2499));
		for (int n = 0; n < 2500; n++) {
			assertThat(result.rowIds().get(n)).isEqualTo(TestRows.id(n));
		}
		List<JsonNode> bodies = this.base.bodies(postRequestedFor(SeaTableStubs.gateway("/rows/"))
			.withHeader("Authorization", equalTo("Bearer " + this.base.jwt()))
			.withHeader("Content-Type", equalTo("application/json")));
		assertThat(bodies).hasSize(3);
		assertChunk(bodies.get(0), "rows", 0, 1000);
		assertChunk(bodies.get(1), "rows", 1000, 1000);
		assertChunk(bodies.get(2), "rows", 2000, 500);
		assertThat(bodies.get(2).get("rows").get(0).get("Name").asString()).isEqualTo("row 2000");
		// append_rows has table_name and rows only; convert_keys is not supported there
		assertThat(bodies.get(0).propertyNames()).containsExactlyInAnyOrder("table_name", "rows");
	}

	@Test
	void updateRowsSendsChunksOf1000WithRowIdAndRow() {
		this.base.wireMock().register(put(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"success\":true}")));
		Map<String, Map<String, Object>> updates = new LinkedHashMap<>();
		for (int n = 0; n < 2345; n++) {
			updates.put(TestRows.id(n), Map.of("n", n));
		}

		BatchResult result = this.base.template().updateRows("Contacts", updates);

		assertThat(result).isEqualTo(new BatchResult(2345, 3, List.of()));
		List<JsonNode> bodies = this.base.bodies(putRequestedFor(SeaTableStubs.gateway("/rows/")));
		assertThat(bodies).hasSize(3);
		int[] sizes = { 1000, 1000, 345 };
		int n = 0;
		for (int i = 0; i < 3; i++) {
			JsonNode body = bodies.get(i);
			assertThat(body.propertyNames()).containsExactlyInAnyOrder("table_name", "updates");
			assertThat(body.get("table_name").asString()).isEqualTo("Contacts");
			assertThat(body.get("updates")).hasSize(sizes[i]);
			for (JsonNode update : body.get("updates")) {
				assertThat(update.propertyNames()).containsExactlyInAnyOrder("row_id", "row");
				assertThat(update.get("row_id").asString()).isEqualTo(TestRows.id(n));
				assertThat(update.get("row").get("n").asInt()).isEqualTo(n);
				n++;
			}
		}
		assertThat(n).isEqualTo(2345);
	}

	@Test
	void deleteRowsSendsChunksOf10000() {
		this.base.wireMock().register(delete(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"success\":true}")));
		List<String> ids = new ArrayList<>();
		for (int n = 0; n < 12_000; n++) {
			ids.add(TestRows.id(n));
		}

		BatchResult result = this.base.template().deleteRows("Contacts", ids);

		assertThat(result).isEqualTo(new BatchResult(12_000, 2, List.of()));
		List<JsonNode> bodies = TestRows
			.bodies(this.base.wireMock().find(deleteRequestedFor(SeaTableStubs.gateway("/rows/"))));
		assertThat(bodies).hasSize(2);
		int n = 0;
		int[] sizes = { 10_000, 2000 };
		for (int i = 0; i < 2; i++) {
			JsonNode body = bodies.get(i);
			assertThat(body.propertyNames()).containsExactlyInAnyOrder("table_name", "row_ids");
			assertThat(body.get("table_name").asString()).isEqualTo("Contacts");
			assertThat(body.get("row_ids")).hasSize(sizes[i]);
			for (JsonNode id : body.get("row_ids")) {
				assertThat(id.asString()).isEqualTo(TestRows.id(n++));
			}
		}
	}

	@Test
	void deleteRowsUsesDeletedRowsCountWhenSeaTableSendsIt() {
		this.base.wireMock()
			.register(delete(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"deleted_rows\":1}")));

		BatchResult result = this.base.template().deleteRows("Contacts", List.of(TestRows.id(1), TestRows.id(2)));

		assertThat(result).isEqualTo(new BatchResult(1, 1, List.of()));
	}

	@Test
	void emptyBatchesSendNothing() {
		assertThat(this.base.template().appendRows("Contacts", List.of())).isEqualTo(BatchResult.empty());
		assertThat(this.base.template().updateRows("Contacts", Map.of())).isEqualTo(BatchResult.empty());
		assertThat(this.base.template().deleteRows("Contacts", List.of())).isEqualTo(BatchResult.empty());

		assertThat(this.base.wireMock().find(anyRequestedFor(anyUrl()))).isEmpty();
	}

	/**
	 * Answers the n-th POST /rows/ with the ids of the rows it carries, as SeaTable does.
	 */
	private void stubAppendAnswers(int... sizes) {
		SeaTableStubs.stubAppends(this.base.wireMock(),
				(first) -> ",\"first_row\":{\"_id\":\"" + TestRows.id(first) + "\"}", sizes);
	}

	private static void assertChunk(JsonNode body, String field, int first, int size) {
		assertThat(body.get("table_name").asString()).isEqualTo("Contacts");
		assertThat(body.get(field)).hasSize(size);
		for (int i = 0; i < size; i++) {
			assertThat(body.get(field).get(i).get("n").asInt()).isEqualTo(first + i);
		}
	}

}

package io.github.seatablespring.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableNotFoundException;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** One-row operations: GET /rows/{row_id}/ and single-row bodies of POST/PUT/DELETE /rows/. */
@WireMockTest
class SingleRowTests {

	private static final String ROW_ID = "Qtf7xPmoRaiFyQPO1aENTj";

	private WireMock wireMock;

	private SeaTableTemplate template;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.wireMock = wm.getWireMock();
		SeaTableStubs.stubToken(this.wireMock, Instant.now().plus(3, ChronoUnit.DAYS));
		this.template = TestBases.template(wm.getHttpBaseUrl());
	}

	@Test
	void getRowReadsRowIdPathWithTableNameAndConvertKeys() {
		this.wireMock.register(get(SeaTableStubs.gateway("/rows/" + ROW_ID + "/")).willReturn(okJson("""
				{"_id":"Qtf7xPmoRaiFyQPO1aENTj","_mtime":"2021-03-10T16:19:31.761+00:00","Name":"NewName",
				"Date":"2020-08-01","Content":"111","link":[]}""")));

		Row row = this.template.getRow("Table 1", ROW_ID);

		assertThat(row.id()).isEqualTo(ROW_ID);
		assertThat(row.getString("Name")).isEqualTo("NewName");
		assertThat(row.getLocalDate("Date")).hasToString("2020-08-01");
		assertThat(row.getLong("Content")).isEqualTo(111L);
		assertThat(row.getList("link")).isEmpty();
		this.wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/rows/" + ROW_ID + "/"))
			.withQueryParam("table_name", equalTo("Table 1"))
			.withQueryParam("convert_keys", equalTo("true")));
	}

	@Test
	void getRowOfMissingRowIsNotFound() {
		this.wireMock.register(get(SeaTableStubs.gateway("/rows/" + ROW_ID + "/"))
			.willReturn(aResponse().withStatus(404).withBody("{\"error_message\":\"row _id not exits\"}")));

		assertThatExceptionOfType(SeaTableNotFoundException.class)
			.isThrownBy(() -> this.template.getRow("Table 1", ROW_ID))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).isEqualTo("row _id not exits"));
	}

	@Test
	void invalidRowIdsFailBeforeAnyRequest() {
		for (String invalid : List.of("short", "Qtf7xPmoRaiFyQPO1aENTjX", "../../metadata/xxxxxxxx",
				"Qtf7xPmoRaiFyQPO1aEN j")) {
			assertThatIllegalArgumentException().isThrownBy(() -> this.template.getRow("Table 1", invalid))
				.withMessageContaining("'" + invalid + "' is not a SeaTable row id");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.getRow("Table 1", null))
			.withMessageContaining("is not a SeaTable row id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.updateRow("T", "x", Map.of("a", 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.deleteRow("T", "x"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.deleteRows("T", List.of(ROW_ID, "not-an-id")))
			.withMessageContaining("'not-an-id'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.updateRows("T", Map.of("bad", Map.of("a", 1))));
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.getRow(" ", ROW_ID))
			.withMessage("table must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.appendRow("T", Map.of()))
			.withMessage("values must name at least one column");
		assertThat(this.wireMock.find(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void appendRowReturnsTheRowWithItsNewId() {
		this.wireMock.register(post(SeaTableStubs.gateway("/rows/")).willReturn(okJson("""
				{"inserted_row_count":1,"row_ids":[{"_id":"Bko1e60YT-egit2SljWSZA"}],
				"first_row":{"0000":"Max","_id":"Bko1e60YT-egit2SljWSZA"}}""")));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("Name", "Max");
		values.put("Age", 21);

		Row row = this.template.appendRow("Contacts", values);

		assertThat(row.id()).isEqualTo("Bko1e60YT-egit2SljWSZA");
		assertThat(row.getString("Name")).isEqualTo("Max");
		assertThat(row.getInteger("Age")).isEqualTo(21);
		assertThat(row.values()).containsOnlyKeys("_id", "Name", "Age");
		this.wireMock.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/"))
			.withRequestBody(equalToJson("{\"table_name\":\"Contacts\",\"rows\":[{\"Name\":\"Max\",\"Age\":21}]}")));
	}

	@Test
	void updateRowSendsOneUpdate() {
		this.wireMock.register(put(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"success\":true}")));

		this.template.updateRow("Contacts", ROW_ID, Map.of("Age", 22));

		this.wireMock.verifyThat(1, putRequestedFor(SeaTableStubs.gateway("/rows/")).withRequestBody(equalToJson(
				"{\"table_name\":\"Contacts\",\"updates\":[{\"row_id\":\"" + ROW_ID + "\",\"row\":{\"Age\":22}}]}")));
	}

	@Test
	void deleteRowSendsOneRowId() {
		this.wireMock.register(delete(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"success\":true}")));

		this.template.deleteRow("Contacts", ROW_ID);

		this.wireMock.verifyThat(1, deleteRequestedFor(SeaTableStubs.gateway("/rows/"))
			.withRequestBody(equalToJson("{\"table_name\":\"Contacts\",\"row_ids\":[\"" + ROW_ID + "\"]}")));
	}

}

package io.github.seatablespring.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableNotFoundException;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.WireMockBase;
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

/**
 * One-row operations: GET /rows/{row_id}/ and single-row bodies of POST/PUT/DELETE
 * /rows/.
 */
@WireMockTest
class SingleRowTests {

	private static final String ROW_ID = "Qtf7xPmoRaiFyQPO1aENTj";

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void getRowReadsRowIdPathWithTableNameAndConvertKeys() {
		this.base.wireMock().register(get(SeaTableStubs.gateway("/rows/" + ROW_ID + "/")).willReturn(okJson("""
				{"_id":"Qtf7xPmoRaiFyQPO1aENTj","_mtime":"2021-03-10T16:19:31.761+00:00","Name":"NewName",
				"Date":"2020-08-01","Content":"111","link":[]}""")));

		Row row = this.base.template().getRow("Table 1", ROW_ID);

		assertThat(row.id()).isEqualTo(ROW_ID);
		assertThat(row.getString("Name")).isEqualTo("NewName");
		assertThat(row.getLocalDate("Date")).hasToString("2020-08-01");
		assertThat(row.getLong("Content")).isEqualTo(111L);
		assertThat(row.getList("link")).isEmpty();
		this.base.wireMock()
			.verifyThat(1,
					getRequestedFor(SeaTableStubs.gateway("/rows/" + ROW_ID + "/"))
						.withQueryParam("table_name", equalTo("Table 1"))
						.withQueryParam("convert_keys", equalTo("true")));
	}

	@Test
	void getRowOfMissingRowIsNotFound() {
		this.base.wireMock()
			.register(get(SeaTableStubs.gateway("/rows/" + ROW_ID + "/"))
				.willReturn(aResponse().withStatus(404).withBody("{\"error_message\":\"row _id not exits\"}")));

		assertThatExceptionOfType(SeaTableNotFoundException.class)
			.isThrownBy(() -> this.base.template().getRow("Table 1", ROW_ID))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).isEqualTo("row _id not exits"));
	}

	@Test
	void invalidRowIdsFailBeforeAnyRequest() {
		for (String invalid : List.of("short", "Qtf7xPmoRaiFyQPO1aENTjX", "../../metadata/xxxxxxxx",
				"Qtf7xPmoRaiFyQPO1aEN j")) {
			assertThatIllegalArgumentException().isThrownBy(() -> this.base.template().getRow("Table 1", invalid))
				.withMessageContaining("'" + invalid + "' is not a SeaTable row id");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> this.base.template().getRow("Table 1", null))
			.withMessageContaining("is not a SeaTable row id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.base.template().updateRow("T", "x", Map.of("a", 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.base.template().deleteRow("T", "x"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.base.template().deleteRows("T", List.of(ROW_ID, "not-an-id")))
			.withMessageContaining("'not-an-id'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.base.template().updateRows("T", Map.of("bad", Map.of("a", 1))));
		assertThatIllegalArgumentException().isThrownBy(() -> this.base.template().getRow(" ", ROW_ID))
			.withMessage("table must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.base.template().appendRow("T", Map.of()))
			.withMessage("values must name at least one column");
		assertThat(this.base.wireMock().find(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void appendRowReturnsTheRowWithItsNewId() {
		this.base.wireMock().register(post(SeaTableStubs.gateway("/rows/")).willReturn(okJson("""
				{"inserted_row_count":1,"row_ids":[{"_id":"Bko1e60YT-egit2SljWSZA"}],
				"first_row":{"0000":"Max","_id":"Bko1e60YT-egit2SljWSZA"}}""")));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("Name", "Max");
		values.put("Age", 21);

		Row row = this.base.template().appendRow("Contacts", values);

		assertThat(row.id()).isEqualTo("Bko1e60YT-egit2SljWSZA");
		assertThat(row.getString("Name")).isEqualTo("Max");
		assertThat(row.getInteger("Age")).isEqualTo(21);
		assertThat(row.values()).containsOnlyKeys("_id", "Name", "Age");
		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")).withRequestBody(
					equalToJson("{\"table_name\":\"Contacts\",\"rows\":[{\"Name\":\"Max\",\"Age\":21}]}")));
	}

	@Test
	void updateRowSendsOneUpdate() {
		this.base.wireMock().register(put(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"success\":true}")));

		this.base.template().updateRow("Contacts", ROW_ID, Map.of("Age", 22));

		this.base.wireMock()
			.verifyThat(1,
					putRequestedFor(SeaTableStubs.gateway("/rows/"))
						.withRequestBody(equalToJson("{\"table_name\":\"Contacts\",\"updates\":[{\"row_id\":\"" + ROW_ID
								+ "\",\"row\":{\"Age\":22}}]}")));
	}

	@Test
	void deleteRowSendsOneRowId() {
		this.base.wireMock().register(delete(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"success\":true}")));

		this.base.template().deleteRow("Contacts", ROW_ID);

		this.base.wireMock()
			.verifyThat(1, deleteRequestedFor(SeaTableStubs.gateway("/rows/"))
				.withRequestBody(equalToJson("{\"table_name\":\"Contacts\",\"row_ids\":[\"" + ROW_ID + "\"]}")));
	}

}

package io.github.seatablespring.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.BigDataOperation;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestRows;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * bigData(): addBigDataRows, moveRowsToBigData, moveRowsToNormalBackend,
 * getBaseBigDataOperations and restoreBigDataOperations, with the methods, paths, query
 * parameters and bodies of the spec.
 */
@WireMockTest
class BigDataOperationsTests {

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void appendRowsPostsTableNameAndRowsAndCountsInsertedRows() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/add-archived-rows/"))
				.willReturn(okJson("{\"inserted_row_count\":2}")));

		BatchResult result = this.base.template()
			.bigData()
			.appendRows("Logs", List.of(Map.of("Message", "started"), Map.of("Message", "stopped", "Code", 7)));

		assertThat(result.rowsAffected()).isEqualTo(2);
		assertThat(result.requests()).isEqualTo(1);
		this.base.wireMock()
			.verifyThat(1,
					postRequestedFor(SeaTableStubs.gateway("/add-archived-rows/")).withRequestBody(equalToJson("""
							{"table_name":"Logs","rows":[{"Message":"started"},{"Message":"stopped","Code":7}]}""")));
	}

	@Test
	void appendRowsSendsAtMostAThousandRowsPerRequest() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/add-archived-rows/"))
				.willReturn(okJson("{\"inserted_row_count\":\"int\"}")));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int n = 0; n < 2500; n++) {
			rows.add(Map.of("n", n));
		}

		BatchResult result = this.base.template().bigData().appendRows("Logs", rows);

		// a masked count ("int") falls back to the number of rows sent
		assertThat(result.rowsAffected()).isEqualTo(2500);
		assertThat(result.requests()).isEqualTo(3);
		assertThat(this.base.bodies(postRequestedFor(SeaTableStubs.gateway("/add-archived-rows/"))))
			.extracting((body) -> body.path("rows").size(), (body) -> body.path("rows").path(0).path("n").asInt())
			.containsExactly(tuple(1000, 0), tuple(1000, 1000), tuple(500, 2000));
	}

	@Test
	void moveViewToBigDataPostsTableAndViewName() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/archive-view/"))
				.willReturn(okJson("{\"success\":true,\"error_message\":\"\"}")));

		StepVerifier.create(this.base.reactive().bigData().moveViewToBigData("Logs", "Old entries")).verifyComplete();

		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/archive-view/"))
				.withRequestBody(equalToJson("{\"table_name\":\"Logs\",\"view_name\":\"Old entries\"}")));
	}

	@Test
	void moveViewToBigDataAnsweredWithSuccessFalseFails() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/archive-view/"))
				.willReturn(okJson("{\"success\":false,\"error_message\":\"big data not enabled\"}")));

		assertThatExceptionOfType(SeaTableBadRequestException.class)
			.isThrownBy(() -> this.base.template().bigData().moveViewToBigData("Logs", "Old entries"))
			.satisfies((ex) -> {
				assertThat(ex.getErrorMessage()).isEqualTo("big data not enabled");
				assertThat(ex.getPath()).endsWith("/archive-view/");
				assertThat(ex.getStatus()).hasValue(200);
				assertThat(ex.getMessage()).contains("Old entries").endsWith("-> 200]: big data not enabled");
			});
	}

	@Test
	void moveRowsToNormalBackendPostsTableIdAndRowIdsAndReturnsTheTaskId() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/unarchive/"))
				.willReturn(okJson("{\"success\":true,\"task_id\":\"cdb7fcc6-d2fa-4bf7-ae08-0d767c38690c\"}")));

		String taskId = this.base.template()
			.bigData()
			.moveRowsToNormalBackend("0000", List.of("m-AlR40gSTGSxZvJN6ktaA", TestRows.id(1)));

		assertThat(taskId).isEqualTo("cdb7fcc6-d2fa-4bf7-ae08-0d767c38690c");
		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/unarchive/")).withRequestBody(equalToJson("""
					{"table_id":"0000","row_ids":["m-AlR40gSTGSxZvJN6ktaA","%s"]}""".formatted(TestRows.id(1)))));
	}

	@Test
	void getOperationsSendsPageAndPerPageAndParsesTheLog() {
		this.base.wireMock()
			.register(get(SeaTableStubs.gateway("/db-operations/")).willReturn(
					okJson("""
							{"operations":[
							  {"dtable_uuid":"91a377f36bce4e80a894b421b2801fce","id":77,"op_time":1721009252,"op_type":"update_links",
							   "author":"1234@auth.local","operation":"{\\"count\\":2,\\"link_id\\":\\"3847\\"}"},
							  {"id":"int","op_time":"int","op_type":"str","author":"str","operation":{"row_id":"x"}}]}""")));

		List<BigDataOperation> operations = this.base.template().bigData().getOperations(2, 10);

		assertThat(operations).hasSize(2);
		assertThat(operations.get(0)).isEqualTo(new BigDataOperation(77, "update_links", "1234@auth.local",
				Instant.ofEpochSecond(1721009252), "{\"count\":2,\"link_id\":\"3847\"}"));
		// masked values of a recorded answer are read leniently
		assertThat(operations.get(1)).isEqualTo(new BigDataOperation(0, "str", "str", null, "{\"row_id\":\"x\"}"));
		this.base.wireMock()
			.verifyThat(1,
					getRequestedFor(SeaTableStubs.gateway("/db-operations/")).withQueryParam("page", equalTo("2"))
						.withQueryParam("per_page", equalTo("10"))
						.withRequestBody(absent()));
	}

	@Test
	void getOperationsWithoutAnOperationsArrayIsMalformed() {
		this.base.wireMock()
			.register(get(SeaTableStubs.gateway("/db-operations/")).willReturn(okJson("{\"detail\":\"x\"}")));

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> this.base.template().bigData().getOperations(1, 25))
			.withMessageContaining("operations");
	}

	@Test
	void restoreOperationPutsToThePathOfTheOperationId() {
		this.base.wireMock()
			.register(put(SeaTableStubs.gateway("/restore-operations/77/")).willReturn(okJson("{\"success\":true}")));

		this.base.template().bigData().restoreOperation(77);

		this.base.wireMock()
			.verifyThat(1, putRequestedFor(SeaTableStubs.gateway("/restore-operations/77/")).withRequestBody(absent()));
	}

	@Test
	void badArgumentsFailBeforeAnyRequest() {
		BigDataOperations bigData = this.base.template().bigData();
		assertThatIllegalArgumentException().isThrownBy(() -> bigData.appendRows("Logs", List.of(Map.of())))
			.withMessageContaining("at least one column");
		assertThatIllegalArgumentException().isThrownBy(() -> bigData.moveViewToBigData("Logs", ""))
			.withMessageContaining("view must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> bigData.moveRowsToNormalBackend("0000", List.of()))
			.withMessageContaining("at least one row");
		assertThatIllegalArgumentException().isThrownBy(() -> bigData.moveRowsToNormalBackend("0000", List.of("nope")))
			.withMessageContaining("'nope' is not a SeaTable row id");
		assertThatIllegalArgumentException().isThrownBy(() -> bigData.getOperations(0, 25))
			.withMessageContaining("page");
		assertThatIllegalArgumentException().isThrownBy(() -> bigData.getOperations(1, 0))
			.withMessageContaining("perPage");
		assertThatIllegalArgumentException().isThrownBy(() -> bigData.restoreOperation(0))
			.withMessageContaining("operationId");
		this.base.wireMock().verifyThat(0, WireMock.anyRequestedFor(urlPathMatching(SeaTableStubs.GATEWAY + ".*")));
	}

}

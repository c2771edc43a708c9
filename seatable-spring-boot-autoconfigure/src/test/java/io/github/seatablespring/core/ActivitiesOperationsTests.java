package io.github.seatablespring.core;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.model.OperationLogEntry;
import io.github.seatablespring.model.RowActivities;
import io.github.seatablespring.model.RowActivity;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@WireMockTest
class ActivitiesOperationsTests {

	private static final String ROW_ID = "YMIviMeERQCUiQhPPqo6Gw";

	private static final String OPERATIONS = SeaTableStubs.GATEWAY + "/operations/";

	private static final String ACTIVITIES = SeaTableStubs.GATEWAY + "/activities/";

	private static final String OPERATION_LOG = """
			{"operations":[
			  {"author":"1234@auth.local","app":null,"op_time":1610981745927,"op_id":118,
			   "operation":"{\\"op_type\\":\\"delete_column\\",\\"table_id\\":\\"0000\\",\\"column_key\\":\\"iJB4\\"}"},
			  {"author":"1234@auth.local","app":"my app","op_time":1610981742518,"op_id":117,
			   "operation":"{\\"op_type\\":\\"insert_row\\"}"}]}""";

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void operationLogReadsEntriesAndTheirOperationType() {
		this.base.wireMock().register(get(urlEqualTo(OPERATIONS)).willReturn(okJson(OPERATION_LOG)));

		List<OperationLogEntry> log = this.base.template().activities().operationLog();

		assertThat(log).hasSize(2);
		assertThat(log.get(0))
			.isEqualTo(new OperationLogEntry(118, "1234@auth.local", "", Instant.ofEpochMilli(1610981745927L),
					"delete_column", "{\"op_type\":\"delete_column\",\"table_id\":\"0000\",\"column_key\":\"iJB4\"}"));
		assertThat(log.get(1).app()).isEqualTo("my app");
		assertThat(log.get(1).type()).isEqualTo("insert_row");
		// without a page the query string stays empty: the server's default page 1
		this.base.wireMock()
			.verifyThat(1, getRequestedFor(urlEqualTo(OPERATIONS)).withHeader("Authorization",
					equalTo("Bearer " + this.base.jwt())));
	}

	@Test
	void operationLogSendsThePageOnBothTwins() {
		this.base.wireMock().register(get(urlEqualTo(OPERATIONS + "?page=3")).willReturn(okJson(OPERATION_LOG)));

		assertThat(this.base.template().activities().operationLog(3)).extracting(OperationLogEntry::opId)
			.containsExactly(118L, 117L);
		StepVerifier.create(this.base.reactive().activities().operationLog(3).map(OperationLogEntry::opId))
			.expectNext(118L, 117L)
			.verifyComplete();
		this.base.wireMock().verifyThat(2, getRequestedFor(urlEqualTo(OPERATIONS + "?page=3")));
	}

	@Test
	void operationLogReadsTheRecordedMaskedShape() {
		// shaped like recorded/test_activities/test_getBaseActivityLog.json
		this.base.wireMock()
			.register(get(urlEqualTo(OPERATIONS)).willReturn(
					okJson("""
							{"operations":[
							  {"app":"","author":"str","dtable_uuid":"str","id":"int","op_id":"int","op_time":"int","operation":"str"},
							  {"app":null,"author":"str","dtable_uuid":"str","id":"int","op_id":"int","op_time":"int","operation":"str"}]}""")));

		StepVerifier.create(this.base.reactive().activities().operationLog())
			.expectNext(new OperationLogEntry(0, "str", "", null, "", "str"))
			.expectNext(new OperationLogEntry(0, "str", "", null, "", "str"))
			.verifyComplete();
	}

	@Test
	void rowActivitiesSendsRowIdAndReadsActivitiesWithTotalCount() {
		this.base.wireMock().register(get(urlEqualTo(ACTIVITIES + "?row_id=" + ROW_ID)).willReturn(okJson("""
				{"activities":[{"id":6782,"dtable_uuid":"a57b","row_id":"YMIviMeERQCUiQhPPqo6Gw",
				  "op_user":"0ef2@auth.local","op_type":"modify_row","op_time":"2021-01-14T09:01:57.000Z",
				  "detail":{"table_id":"0000","table_name":"Table1","row_name":"Meng",
				            "row_data":[{"column_key":"BydO","column_name":"Date","value":"2020-08-19",
				                         "old_value":"2020-08-16"}]}}],
				 "total_count":3}""")));

		RowActivities page = this.base.template().activities().rowActivities(ROW_ID);

		assertThat(page.totalCount()).isEqualTo(3);
		RowActivity activity = page.activities().get(0);
		assertThat(activity)
			.extracting(RowActivity::id, RowActivity::rowId, RowActivity::user, RowActivity::type, RowActivity::time,
					RowActivity::app)
			.containsExactly(6782L, ROW_ID, "0ef2@auth.local", "modify_row",
					OffsetDateTime.parse("2021-01-14T09:01:57Z"), "");
		assertThat(activity.detail()).containsEntry("table_name", "Table1")
			.containsEntry("row_data", List.of(Map.of("column_key", "BydO", "column_name", "Date", "value",
					"2020-08-19", "old_value", "2020-08-16")));
		this.base.wireMock()
			.verifyThat(1, getRequestedFor(urlEqualTo(ACTIVITIES + "?row_id=" + ROW_ID)).withHeader("Authorization",
					equalTo("Bearer " + this.base.jwt())));
	}

	@Test
	void rowActivitiesSendsPageAndPerPageAndReadsTheRecordedShape() {
		// shaped like recorded/test_activities/test_listRowActivities.json
		String url = ACTIVITIES + "?row_id=" + ROW_ID + "&page=2&per_page=10";
		this.base.wireMock().register(get(urlEqualTo(url)).willReturn(okJson("""
				{"activities":[{"detail":{"row_data":"list","row_name":"activity target","row_name_option":"",
				  "table_id":"str","table_name":"test_row_activities"},"dtable_uuid":"str","id":"int","op_app":"",
				  "op_time":"str","op_type":"insert_row","op_user":"str","row_count":1,"row_id":"str"}],
				 "total_count":1}""")));

		StepVerifier.create(this.base.reactive().activities().rowActivities(ROW_ID, 2, 10)).assertNext((page) -> {
			assertThat(page.totalCount()).isEqualTo(1);
			assertThat(page.activities()).singleElement().satisfies((activity) -> {
				assertThat(activity.type()).isEqualTo("insert_row");
				assertThat(activity.time()).isNull();
				assertThat(activity.detail()).containsEntry("row_name", "activity target")
					.containsEntry("row_data", "list");
			});
		}).verifyComplete();
		assertThat(this.base.template().activities().rowActivities(ROW_ID, 2, 10).activities()).hasSize(1);
		this.base.wireMock().verifyThat(2, getRequestedFor(urlEqualTo(url)));
	}

	@Test
	void badArgumentsFailBeforeAnyRequest() {
		this.base.wireMock().register(any(anyUrl()).willReturn(okJson("{}")));
		ActivitiesOperations activities = this.base.template().activities();
		assertThatIllegalArgumentException().isThrownBy(() -> activities.operationLog(0))
			.withMessageContaining("page must be at least 1");
		assertThatIllegalArgumentException().isThrownBy(() -> activities.rowActivities("nope"))
			.withMessageContaining("row id");
		assertThatIllegalArgumentException().isThrownBy(() -> activities.rowActivities(ROW_ID, 1, 0))
			.withMessageContaining("perPage must be at least 1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.base.reactive().activities().rowActivities(ROW_ID, 0, 5))
			.withMessageContaining("page must be at least 1");
		assertThat(this.base.wireMock().getServeEvents()).isEmpty();
	}

}

package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableBatchException;
import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTablePermissionException;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestRows;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Once a write may have reached the server, an answer that cannot be read (truncated
 * JSON, an HTML page, a body cut mid-way) means "may have landed", never "did not land":
 * resuming from {@code getRemaining()} without checking would write those rows twice. And
 * a batch whose first request cannot have landed fails with that request's own exception.
 */
@WireMockTest
class BatchUnreadableAnswerTests {

	private WireMockBase base;

	private final List<Map<String, Object>> rows = new ArrayList<>();

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
		for (int n = 0; n < 2500; n++) {
			this.rows.add(Map.of("n", n));
		}
	}

	@Test
	void truncatedJsonAnswerToSecondAppendMayHaveLanded() {
		SeaTableBatchException ex = secondAppendAnswered(
				okJson("{\"inserted_row_count\":1000,\"row_ids\":[{\"_id\":\"" + TestRows.id(1000) + "\"},{\"_id"));

		assertThat(ex.getCause()).isInstanceOf(SeaTableMalformedResponseException.class);
		assertThat(ex.getStatus()).hasValue(200);
	}

	@Test
	void htmlPageAnsweredWithOkToSecondAppendMayHaveLanded() {
		SeaTableBatchException ex = secondAppendAnswered(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>Saved.</body></html>"));

		assertThat(ex.getCause()).isInstanceOf(SeaTableMalformedResponseException.class);
		assertThat(ex.getCause().getMethod()).isEqualTo("POST");
		assertThat(ex.getCause().getPath()).isEqualTo(SeaTableStubs.GATEWAY + "/rows/");
	}

	@Test
	void answerCutMidBodyToSecondAppendMayHaveLanded() {
		SeaTableBatchException ex = secondAppendAnswered(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

		assertThat(ex.getCause()).isInstanceOf(SeaTableConnectionException.class);
	}

	@Test
	void forbiddenFirstAppendThrowsThePermissionExceptionItself() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/rows/")).willReturn(aResponse().withStatus(403)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error_msg\":\"Permission denied.\"}")));

		Throwable ex = catchThrowable(() -> this.base.template().appendRows("Contacts", this.rows));

		assertThat(ex).isExactlyInstanceOf(SeaTablePermissionException.class);
		SeaTablePermissionException denied = (SeaTablePermissionException) ex;
		assertThat(denied.getStatus()).hasValue(403);
		assertThat(denied.getErrorMessage()).isEqualTo("Permission denied.");
		assertThat(denied.getMethod()).isEqualTo("POST");
		// nothing landed and nothing more was tried
		this.base.wireMock().verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void serverErrorOnFirstAppendStaysABatchExceptionBecauseItMayHaveLanded() {
		this.base.wireMock().register(post(SeaTableStubs.gateway("/rows/")).willReturn(aResponse().withStatus(500)));

		SeaTableBatchException ex = catchThrowableOfType(SeaTableBatchException.class,
				() -> this.base.template().appendRows("Contacts", this.rows));

		assertThat(ex.isFailedRequestMayHaveLanded()).isTrue();
		assertThat(ex.getFailedRequest()).isEqualTo(1);
		assertThat(ex.getRemaining()).hasSize(2500);
		this.base.wireMock().verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	/**
	 * Appends 2,500 rows: the first request of 1,000 succeeds, the second is answered
	 * with {@code answer}; the batch must stop there with the second request marked "may
	 * have landed".
	 */
	private SeaTableBatchException secondAppendAnswered(ResponseDefinitionBuilder answer) {
		SeaTableStubs.stubAppendsAnsweringSecond(this.base.wireMock(), answer);

		SeaTableBatchException ex = catchThrowableOfType(SeaTableBatchException.class,
				() -> this.base.template().appendRows("Contacts", this.rows));

		assertThat(ex.isFailedRequestMayHaveLanded()).as("the second request may have landed").isTrue();
		assertThat(ex.getMessage()).contains("request 2 of 3", "1000 rows landed", "may have reached");
		assertThat(ex.getFailedRequest()).isEqualTo(2);
		assertThat(ex.getCompleted().rowsAffected()).isEqualTo(1000);
		assertThat(ex.getRemaining()).isEqualTo(this.rows.subList(1000, 2500));
		// the second request was sent once, the third never
		this.base.wireMock().verifyThat(2, postRequestedFor(SeaTableStubs.gateway("/rows/")));
		return ex;
	}

}

package io.github.seatablespring.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.SeaTableBatchException;
import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableRequestDetails;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestTokens;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every exception of a request names it with one {@link SeaTableRequestDetails}: a
 * malformed answer carries the status it really came with (not an assumed 200), a request
 * without an answer carries none, and no message names a token.
 */
@WireMockTest
class RequestDetailsTests {

	private static final String ROWS = SeaTableStubs.GATEWAY + "/rows/";

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void writeAnswerWithoutRowIdsReportsItsRealStatus() {
		this.base.wireMock().register(post(SeaTableStubs.gateway("/rows/")).willReturn(json(201, "{}")));

		SeaTableBatchException batch = catchThrowableOfType(SeaTableBatchException.class,
				() -> this.base.template().appendRows("Contacts", List.of(Map.of("n", 1))));

		assertThat(batch.getStatus()).hasValue(201);
		assertThat(batch.getCause()).isInstanceOf(SeaTableMalformedResponseException.class);
		SeaTableException ex = batch.getCause();
		assertThat(ex.getStatus()).hasValue(201);
		assertThat(ex.getRequest()).isEqualTo(SeaTableRequestDetails.answered("POST", ROWS, 201, null));
		assertThat(ex.getMessage())
			.isEqualTo("SeaTable's answer held 0 row ids (0 empty) for 1 appended rows [POST " + ROWS + " -> 201]");
		assertNoSecret(ex);
	}

	@Test
	void rowsPageWithoutRowsReportsItsRealStatus() {
		this.base.wireMock().register(get(SeaTableStubs.gateway("/rows/")).willReturn(json(207, "{\"results\":[]}")));

		SeaTableMalformedResponseException ex = catchThrowableOfType(SeaTableMalformedResponseException.class,
				() -> this.base.template().listRows(RowQuery.table("Contacts")));

		assertThat(ex.getStatus()).hasValue(207);
		assertThat(ex.getMethod()).isEqualTo("GET");
		assertThat(ex.getPath()).isEqualTo(ROWS);
		assertThat(ex.getMessage()).endsWith(" -> 207]");
		assertNoSecret(ex);
	}

	@Test
	void sqlAnsweredWithSuccessFalseKeepsStatusAndErrorMessage() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/sql/"))
				.willReturn(json(201, "{\"success\":false,\"error_message\":\"no such column: Nmae\"}")));

		SeaTableBadRequestException ex = catchThrowableOfType(SeaTableBadRequestException.class,
				() -> this.base.template().query("SELECT Nmae FROM Contacts LIMIT 10"));

		assertThat(ex.getRequest()).isEqualTo(
				SeaTableRequestDetails.answered("POST", SeaTableStubs.GATEWAY + "/sql/", 201, "no such column: Nmae"));
		assertThat(ex.getMessage()).isEqualTo("SeaTable could not run the SQL statement [POST " + SeaTableStubs.GATEWAY
				+ "/sql/ -> 201]: no such column: Nmae");
	}

	@Test
	void connectionResetBeforeAnAnswerReportsNoStatus() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/rows/"))
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		SeaTableBatchException batch = catchThrowableOfType(SeaTableBatchException.class,
				() -> this.base.template().appendRows("Contacts", List.of(Map.of("n", 1))));
		assertThat(batch.getStatus()).isEmpty();
		assertThat(batch.getCause()).isInstanceOf(SeaTableConnectionException.class);
		SeaTableException ex = batch.getCause();

		assertThat(ex.getStatus()).isEmpty();
		assertThat(ex.getRequest()).isEqualTo(SeaTableRequestDetails.unanswered("POST", ROWS));
		assertThat(ex.getRequest().isAnswered()).isFalse();
		assertThat(ex.getMessage()).endsWith("[POST " + ROWS + "]");
		assertNoSecret(ex);
		// a write is not replayed
		this.base.wireMock().verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void argumentErrorsBelongToNoRequest() {
		SeaTableException ex = new SeaTableException("The operation did not end in time");

		assertThat(ex.getRequest()).isNull();
		assertThat(ex.getStatus()).isEmpty();
		assertThat(ex.getMethod()).isNull();
		assertThat(ex.getPath()).isNull();
		assertThat(ex.getErrorMessage()).isNull();
	}

	@Test
	void detailsRefuseAStatusThatIsNotHttp() {
		assertThatIllegalArgumentException().isThrownBy(() -> SeaTableRequestDetails.answered("GET", ROWS, 0, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SeaTableRequestDetails.answered("GET", ROWS, 200000, null));
	}

	@Test
	void exceptionsSerializeWithTheirDetails() throws Exception {
		List<SeaTableRequestDetails> details = List.of(SeaTableRequestDetails.answered("GET", ROWS, 404, "Not found."),
				SeaTableRequestDetails.unanswered("POST", ROWS));
		for (SeaTableRequestDetails request : details) {
			SeaTableException ex = new SeaTableMalformedResponseException("Broken", request, null);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
				out.writeObject(ex);
			}
			try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
				SeaTableException read = (SeaTableException) in.readObject();
				assertThat(read.getRequest()).isEqualTo(request);
				assertThat(read.getMessage()).isEqualTo(ex.getMessage());
			}
		}
	}

	private void assertNoSecret(SeaTableException ex) {
		assertThat(ex.getMessage()).doesNotContain(TestTokens.API_TOKEN).doesNotContain(this.base.jwt());
		assertThat(String.valueOf(ex.getRequest())).doesNotContain(TestTokens.API_TOKEN)
			.doesNotContain(this.base.jwt());
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}

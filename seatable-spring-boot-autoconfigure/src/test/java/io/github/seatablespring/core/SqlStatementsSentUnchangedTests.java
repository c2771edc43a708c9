package io.github.seatablespring.core;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.model.QueryResult;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * On the wire: a statement the planner does not fully understand reaches SeaTable exactly
 * as written, and a {@code ?} count that does not match the parameters is refused before
 * anything is sent.
 */
@WireMockTest
class SqlStatementsSentUnchangedTests {

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/sql/")).willReturn(
					okJson("{\"success\":true,\"results\":[{\"_id\":\"a\",\"Name\":\"Ada\"}],\"metadata\":[]}")));
	}

	@Test
	void parameterisedLimitIsSentAsWritten() {
		QueryResult result = this.base.template().query("SELECT * FROM Contacts LIMIT ?", 5);

		assertThat(result.rows()).hasSize(1);
		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/sql/")).withRequestBody(equalToJson(
					"{\"sql\":\"SELECT * FROM Contacts LIMIT ?\",\"convert_keys\":true,\"parameters\":[5]}")));
	}

	@Test
	void unionIsSentAsWritten() {
		this.base.template().query("SELECT Name FROM Contacts UNION SELECT Name FROM Leads");

		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/sql/")).withRequestBody(equalToJson(
					"{\"sql\":\"SELECT Name FROM Contacts UNION SELECT Name FROM Leads\",\"convert_keys\":true}")));
	}

	@Test
	void placeholderCountIsCheckedBeforeSending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.base.template().query("SELECT * FROM Contacts WHERE Name = ? AND Age = ?", "Ada"))
			.withMessage("sql has 2 '?' placeholders but 1 parameter was given");

		this.base.wireMock().verifyThat(0, postRequestedFor(SeaTableStubs.gateway("/sql/")));
	}

}

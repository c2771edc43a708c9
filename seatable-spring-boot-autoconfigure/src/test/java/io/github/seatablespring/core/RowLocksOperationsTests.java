package io.github.seatablespring.core;

import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTablePermissionException;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * rowLocks(): lockRows and unlockRows send PUT with table_name and row_ids as the spec
 * defines.
 */
@WireMockTest
class RowLocksOperationsTests {

	private static final String ROW_1 = "ZrFd2YOXQ0eIYJjPbQPGng";

	private static final String ROW_2 = "afCU_L5PQLe5AOVwCuGXVw";

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void lockRowsPutsTableNameAndRowIds() {
		this.base.wireMock()
			.register(put(SeaTableStubs.gateway("/lock-rows/")).willReturn(okJson("{\"success\":true}")));

		this.base.template().rowLocks().lockRows("Contacts", List.of(ROW_1, ROW_2));

		this.base.wireMock()
			.verifyThat(1, putRequestedFor(SeaTableStubs.gateway("/lock-rows/")).withRequestBody(equalToJson("""
					{"table_name":"Contacts","row_ids":["%s","%s"]}""".formatted(ROW_1, ROW_2))));
	}

	@Test
	void unlockRowsPutsTableNameAndRowIdsOnTheReactiveTwin() {
		this.base.wireMock()
			.register(put(SeaTableStubs.gateway("/unlock-rows/")).willReturn(okJson("{\"success\":true}")));

		StepVerifier.create(this.base.reactive().rowLocks().unlockRows("Contacts", List.of(ROW_2))).verifyComplete();

		this.base.wireMock()
			.verifyThat(1, putRequestedFor(SeaTableStubs.gateway("/unlock-rows/")).withRequestBody(equalToJson("""
					{"table_name":"Contacts","row_ids":["%s"]}""".formatted(ROW_2))));
		this.base.wireMock().verifyThat(0, putRequestedFor(SeaTableStubs.gateway("/lock-rows/")));
	}

	@Test
	void aBaseWithoutTheEnterpriseFeatureFailsWithPermissionException() {
		this.base.wireMock()
			.register(put(SeaTableStubs.gateway("/lock-rows/"))
				.willReturn(jsonResponse("{\"error_msg\":\"Permission denied.\"}", 403)));

		assertThatExceptionOfType(SeaTablePermissionException.class)
			.isThrownBy(() -> this.base.template().rowLocks().lockRows("Contacts", List.of(ROW_1)))
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).hasValue(403);
				assertThat(ex.getErrorMessage()).isEqualTo("Permission denied.");
			});
	}

	@Test
	void noRowsSendNoRequestAndBadIdsFailAtTheCall() {
		RowLocksOperations locks = this.base.template().rowLocks();

		locks.lockRows("Contacts", List.of());
		locks.unlockRows("Contacts", List.of());
		assertThatIllegalArgumentException().isThrownBy(() -> locks.lockRows("Contacts", List.of(ROW_1, "r-1")))
			.withMessageContaining("'r-1' is not a SeaTable row id");
		assertThatIllegalArgumentException().isThrownBy(() -> locks.unlockRows(" ", List.of(ROW_1)))
			.withMessageContaining("table must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> locks.unlockRows("Contacts", null))
			.withMessageContaining("rowIds must not be null");

		this.base.wireMock().verifyThat(0, WireMock.anyRequestedFor(urlPathMatching(SeaTableStubs.GATEWAY + ".*")));
	}

}

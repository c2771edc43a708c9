package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableBatchException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestRows;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A write answer that does not say the write happened as sent (an empty object, another
 * number of rows or ids) is malformed: the rows may have landed, so a batch reports them
 * as such.
 */
@WireMockTest
class WriteAnswerTests {

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void appendRowsAnsweredWithAnEmptyObjectMayHaveLanded() {
		this.base.wireMock().register(post(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{}")));

		SeaTableBatchException ex = catchThrowableOfType(SeaTableBatchException.class,
				() -> this.base.template().appendRows("Contacts", rows(3)));

		assertThat(ex.getCause()).isInstanceOf(SeaTableMalformedResponseException.class)
			.hasMessageContaining("0 row ids", "for 3 appended rows");
		assertThat(ex.isFailedRequestMayHaveLanded()).isTrue();
		assertThat(ex.getCompleted().rowsAffected()).isZero();
		assertThat(ex.getRemaining()).hasSize(3);
		this.base.wireMock().verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void appendRowAnsweredWithTwoIdsIsMalformed() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/rows/"))
				.willReturn(okJson("{\"inserted_row_count\":2,\"row_ids\":[{\"_id\":\"" + TestRows.id(1)
						+ "\"},{\"_id\":\"" + TestRows.id(2) + "\"}]}")));

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> this.base.template().appendRow("Contacts", Map.of("Name", "Ada")))
			.withMessageContaining("2 row ids (0 empty) for 1 appended rows");
	}

	@Test
	void appendRowsAnsweredWithAnotherCountIsMalformed() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/rows/"))
				.willReturn(okJson("{\"inserted_row_count\":1,\"row_ids\":[{\"_id\":\"" + TestRows.id(1)
						+ "\"},{\"_id\":\"" + TestRows.id(2) + "\"}]}")));

		SeaTableBatchException ex = catchThrowableOfType(SeaTableBatchException.class,
				() -> this.base.template().appendRows("Contacts", rows(2)));

		assertThat(ex.getCause()).hasMessageContaining("inserted_row_count 1 for 2 appended rows");
		assertThat(ex.isFailedRequestMayHaveLanded()).isTrue();
	}

	@Test
	void updateAnsweredWithAnEmptyObjectIsMalformed() {
		this.base.wireMock().register(put(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{}")));

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> this.base.template().updateRow("Contacts", TestRows.id(1), Map.of("Name", "Ada")))
			.withMessageContaining("no \"success\": true for 1 updated rows");
	}

	@Test
	void deleteAnsweredWithMoreDeletedRowsThanSentMayHaveLanded() {
		this.base.wireMock()
			.register(delete(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"deleted_rows\":5}")));

		SeaTableBatchException ex = catchThrowableOfType(SeaTableBatchException.class,
				() -> this.base.template().deleteRows("Contacts", List.of(TestRows.id(1), TestRows.id(2))));

		assertThat(ex.getCause()).isInstanceOf(SeaTableMalformedResponseException.class);
		assertThat(ex.isFailedRequestMayHaveLanded()).isTrue();
	}

	@Test
	void bigDataAppendAnsweredWithAnEmptyObjectMayHaveLanded() {
		this.base.wireMock().register(post(SeaTableStubs.gateway("/add-archived-rows/")).willReturn(okJson("{}")));

		SeaTableBatchException ex = catchThrowableOfType(SeaTableBatchException.class,
				() -> this.base.template().bigData().appendRows("Logs", rows(2)));

		assertThat(ex.getCause()).isInstanceOf(SeaTableMalformedResponseException.class);
		assertThat(ex.isFailedRequestMayHaveLanded()).isTrue();
	}

	private static List<Map<String, Object>> rows(int count) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(Map.of("Name", "n" + i));
		}
		return rows;
	}

}

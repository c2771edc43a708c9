package io.github.seatablespring.core;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.QueryResult;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestRows;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * POST /sql/ with the spec's {@code sql_query} body, paging past SeaTable's 10,000-row
 * cap.
 */
@WireMockTest
class SqlQueryTests {

	private static final String PAGED = "SELECT * FROM Contacts ORDER BY _id LIMIT 10000 OFFSET ";

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void parametersAreSentWithTheStatementAndColumnsAreParsed() {
		this.base.wireMock().register(post(SeaTableStubs.gateway("/sql/")).willReturn(okJson("""
				{"metadata":[{"key":"0000","name":"Name","type":"text","data":null},
				{"key":"a1B2","name":"Age","type":"number","data":{"format":"number","decimal":"dot"}}],
				"results":[{"_id":"Re7GZaC9Sh-G6RC5zeAn2w","Name":"Alice","Age":30}],"success":true}""")));

		QueryResult result = this.base.template()
			.query("SELECT Name, Age FROM Contacts WHERE Name = ? AND Age = ? LIMIT 5", "Alice", 30);

		assertThat(result.size()).isEqualTo(1);
		assertThat(result.rows().get(0).getString("Name")).isEqualTo("Alice");
		assertThat(result.rows().get(0).getInteger("Age")).isEqualTo(30);
		assertThat(result.columns()).containsExactly(new Column("0000", "Name", "text", java.util.Map.of()),
				new Column("a1B2", "Age", "number", java.util.Map.of("format", "number", "decimal", "dot")));
		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/sql/")).withRequestBody(equalToJson("""
					{"sql":"SELECT Name, Age FROM Contacts WHERE Name = ? AND Age = ? LIMIT 5","convert_keys":true,
					"parameters":["Alice",30]}""")));
	}

	@Test
	void noParametersKeyWithoutParameters() {
		this.base.wireMock().register(post(SeaTableStubs.gateway("/sql/")).willReturn(okJson(page(0, 3))));

		QueryResult result = this.base.template().query("SELECT * FROM Contacts");

		assertThat(result.rows()).extracting(Row::id).containsExactly(TestRows.id(0), TestRows.id(1), TestRows.id(2));
		// equalToJson is strict: an extra "parameters" key would not match
		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/sql/"))
				.withRequestBody(equalToJson("{\"sql\":\"" + PAGED + "0\",\"convert_keys\":true}")));
	}

	@Test
	void streamQueryReadsEveryPage() {
		stubPages();

		List<Row> rows;
		try (Stream<Row> stream = this.base.template().streamQuery("SELECT * FROM Contacts;")) {
			rows = stream.toList();
		}

		assertThat(rows).hasSize(23_456);
		for (int n = 0; n < rows.size(); n++) {
			assertThat(rows.get(n).id()).isEqualTo(TestRows.id(n));
		}
		assertThat(sentStatements()).containsExactly(PAGED + "0", PAGED + "10000", PAGED + "20000");
	}

	@Test
	void streamQueryIsLazy() {
		stubPages();

		try (Stream<Row> stream = this.base.template().streamQuery("SELECT * FROM Contacts")) {
			assertThat(stream.limit(10).count()).isEqualTo(10);
		}

		assertThat(sentStatements()).containsExactly(PAGED + "0");
	}

	@Test
	void queryCollectsEveryPage() {
		stubPages();

		QueryResult result = this.base.template().query("SELECT * FROM Contacts");

		assertThat(result.size()).isEqualTo(23_456);
		assertThat(result.rows().get(10_000).id()).isEqualTo(TestRows.id(10_000));
		assertThat(result.rows().get(23_455).getLong("n")).isEqualTo(23_455L);
		assertThat(sentStatements()).hasSize(3);
	}

	@Test
	void selectWithSmallLimitIsSentUnchangedOnce() {
		this.base.wireMock().register(post(SeaTableStubs.gateway("/sql/")).willReturn(okJson(page(0, 50))));

		QueryResult result = this.base.template().query("SELECT * FROM Contacts LIMIT 50");

		assertThat(result.size()).isEqualTo(50);
		assertThat(sentStatements()).containsExactly("SELECT * FROM Contacts LIMIT 50");
	}

	@Test
	void updateAndDeleteAreSentUnchanged() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/sql/"))
				.willReturn(okJson("{\"metadata\":[],\"results\":[],\"success\":true}")));

		this.base.template().query("UPDATE Contacts SET City = 'Berlin' WHERE Name = ?", "Alice");
		this.base.template().query("DELETE FROM Contacts WHERE Age < 18");

		assertThat(sentStatements()).containsExactly("UPDATE Contacts SET City = 'Berlin' WHERE Name = ?",
				"DELETE FROM Contacts WHERE Age < 18");
	}

	@Test
	void joinResultsKeyedByColumnKeyAreMappedToNames() {
		this.base.wireMock().register(post(SeaTableStubs.gateway("/sql/")).willReturn(okJson("""
				{"is_join_stmt":true,"metadata":[{"key":"rLfY","name":"Name","type":"text"},
				{"key":"kz15","name":"City","type":"text"}],
				"results":[{"rLfY":"Alice","kz15":"Berlin"},{"rLfY":"Bob","kz15":null}],"success":true}""")));

		QueryResult result = this.base.template().query("SELECT A.Name, B.City FROM A, B WHERE A.c = B.c");

		assertThat(result.rows()).extracting((row) -> row.getString("Name")).containsExactly("Alice", "Bob");
		assertThat(result.rows().get(0).getString("City")).isEqualTo("Berlin");
		assertThat(result.rows().get(1).has("City")).isTrue();
		assertThat(result.rows().get(0).has("rLfY")).isFalse();
	}

	@Test
	void rowsMapToRecords() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/sql/")).willReturn(
					okJson("""
							{"metadata":[],"results":[{"_id":"Re7GZaC9Sh-G6RC5zeAn2w","Name":"Alice","Age":30,"Full name":"Alice A"},
							{"_id":"BrmPfAWyQaO7PDdAPe7G-w","Name":"Bob","Age":41,"Full name":"Bob B"}],"success":true}""")));

		List<Contact> contacts = this.base.template().query("SELECT * FROM Contacts LIMIT 2", Contact.class);

		assertThat(contacts).containsExactly(new Contact("Alice", 30, "Alice A"), new Contact("Bob", 41, "Bob B"));
	}

	@Test
	void unsuccessfulAnswerIsABadRequest() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/sql/"))
				.willReturn(okJson("{\"success\":false,\"error_message\":\"no such table: Kontakte\"}")));

		assertThatExceptionOfType(SeaTableBadRequestException.class)
			.isThrownBy(() -> this.base.template().query("SELECT * FROM Kontakte LIMIT 1"))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).isEqualTo("no such table: Kontakte"));
	}

	@Test
	void badStatementIsABadRequest() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/sql/")).willReturn(
					aResponse().withStatus(400).withBody("{\"error_message\":\"no such table: nonexistent_table\"}")));

		assertThatExceptionOfType(SeaTableBadRequestException.class)
			.isThrownBy(() -> this.base.template().query("SELECT * FROM nonexistent_table LIMIT 1"))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).isEqualTo("no such table: nonexistent_table"));
		this.base.wireMock().verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/sql/")));
	}

	/**
	 * A SeaTable of 23,456 rows: pages of 10,000, 10,000 and 3,456, each matched by its
	 * exact statement.
	 */
	private void stubPages() {
		int[] sizes = { 10_000, 10_000, 3456 };
		for (int i = 0; i < sizes.length; i++) {
			int offset = i * 10_000;
			this.base.wireMock()
				.register(post(SeaTableStubs.gateway("/sql/"))
					.withRequestBody(matchingJsonPath("$.sql", equalTo(PAGED + offset)))
					.willReturn(okJson(page(offset, sizes[i]))));
		}
	}

	private List<String> sentStatements() {
		return this.base.bodies(postRequestedFor(SeaTableStubs.gateway("/sql/")))
			.stream()
			.map((body) -> body.get("sql").asString())
			.toList();
	}

	private static String page(int from, int size) {
		return "{\"metadata\":[{\"key\":\"_id\",\"name\":\"_id\",\"type\":\"text\"},"
				+ "{\"key\":\"0000\",\"name\":\"n\",\"type\":\"number\"}],\"is_join_stmt\":false,\"results\":"
				+ TestRows.rowsArray(from, size) + ",\"success\":true}";
	}

	record Contact(String Name, int Age, @JsonProperty("Full name") String fullName) {
	}

}

package io.github.seatablespring.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.SelectOption;
import io.github.seatablespring.testsupport.RecordedAnswers;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@WireMockTest
class ColumnsOperationsTests {

	private static final String SUCCESS = "{\"success\":true}";

	private static final String UPDATED_COLUMN = """
			{"key":"cSDV","type":"number","name":"New Oranges","editable":true,"width":400,"data":null,
			 "permission_type":"","permitted_users":[]}""";

	private WireMock wireMock;

	private String serverUrl;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.wireMock = wm.getWireMock();
		this.serverUrl = wm.getHttpBaseUrl();
		SeaTableStubs.stubToken(this.wireMock, Instant.now().plus(3, ChronoUnit.DAYS));
	}

	@Test
	void listSendsOnlyTheTableAndParsesTheRecordedColumns() {
		this.wireMock.register(get(SeaTableStubs.gateway("/columns/"))
			.willReturn(okJson(RecordedAnswers.read("test_columns/test_listColumns.json"))));

		List<Column> columns = TestBases.template(this.serverUrl).columns().list("Table1");

		assertThat(columns).hasSize(32);
		assertThat(columns.get(0)).isEqualTo(new Column("str", "text", "text", Map.of()));
		assertThat(columns).filteredOn((column) -> column.name().equals("number-percent")).singleElement()
			.satisfies((column) -> assertThat(column.data()).containsEntry("format", "percent")
				.containsEntry("decimal", "comma"));
		this.wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/columns/"))
			.withQueryParam("table_name", equalTo("Table1"))
			.withQueryParam("view_name", absent()));
	}

	@Test
	void reactiveListOfAViewSendsTheViewName() {
		this.wireMock.register(get(SeaTableStubs.gateway("/columns/")).willReturn(okJson("""
				{"columns":[{"key":"0000","name":"Name","type":"text","width":200},
				            {"key":"g4s1","type":"number","name":"api3","data":null}]}""")));

		StepVerifier.create(TestBases.reactiveTemplate(this.serverUrl).columns().list("Table1", "Default View"))
			.assertNext((column) -> assertThat(column.key()).isEqualTo("0000"))
			.assertNext((column) -> assertThat(column.type()).isEqualTo("number"))
			.verifyComplete();
		this.wireMock.verifyThat(1, getRequestedFor(SeaTableStubs.gateway("/columns/"))
			.withQueryParam("table_name", equalTo("Table1"))
			.withQueryParam("view_name", equalTo("Default View")));
	}

	@Test
	void insertSendsTheDefinitionWithTableAndAnchorAndParsesTheRecordedColumn() {
		this.wireMock.register(post(SeaTableStubs.gateway("/columns/"))
			.willReturn(okJson(RecordedAnswers.read("test_columns/test_insertColumn[single-select].json"))));
		ColumnDefinition definition = ColumnDefinition.of("single-select", "single-select")
			.withData(Map.of("options", List.of(Map.of("name", "alpha"), Map.of("name", "beta"))));

		Column column = TestBases.template(this.serverUrl).columns().insert("Table1", definition, "text");

		assertThat(column.name()).isEqualTo("single-select");
		assertThat(column.type()).isEqualTo("single-select");
		assertThat(column.data().get("options")).asInstanceOf(InstanceOfAssertFactories.list(Map.class))
			.extracting((option) -> option.get("name"))
			.containsExactly("alpha", "beta");
		this.wireMock.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/columns/")).withRequestBody(equalToJson("""
				{"table_name":"Table1","column_name":"single-select","column_type":"single-select",
				 "column_data":{"options":[{"name":"alpha"},{"name":"beta"}]},"anchor_column":"text"}""")));
	}

	@Test
	void insertWithoutAnchorSendsNoAnchor() {
		this.wireMock.register(post(SeaTableStubs.gateway("/columns/"))
			.willReturn(okJson(RecordedAnswers.read("test_columns/test_insertColumn.json"))));

		Column column = TestBases.template(this.serverUrl)
			.columns()
			.insert("Table1", ColumnDefinition.of("rating", "rate").withData(Map.of("rate_max_number", 5)));

		assertThat(column.type()).isEqualTo("rate");
		assertThat(column.data()).containsEntry("rate_max_number", 5);
		this.wireMock.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/columns/")).withRequestBody(equalToJson("""
				{"table_name":"Table1","column_name":"rating","column_type":"rate","column_data":{"rate_max_number":5}}""")));
	}

	@Test
	void appendSendsAllDefinitionsAndParsesTheRecordedColumns() {
		this.wireMock.register(post(SeaTableStubs.gateway("/batch-append-columns/"))
			.willReturn(okJson(RecordedAnswers.read("test_columns/test_appendColumns.json"))));

		StepVerifier
			.create(TestBases.reactiveTemplate(this.serverUrl)
				.columns()
				.append("Table1", List.of(ColumnDefinition.date("date-iso"), ColumnDefinition.email("email"))))
			.assertNext((columns) -> {
				assertThat(columns).extracting(Column::name)
					.containsExactly("number-yuan", "date-iso", "duration-h-mm-ss", "single-select", "checkbox", "rate",
							"geolocation", "email", "url");
				assertThat(columns.get(0).data()).containsEntry("format", "yuan");
			})
			.verifyComplete();
		this.wireMock.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/batch-append-columns/"))
			.withRequestBody(equalToJson("""
					{"table_name":"Table1","columns":[
					  {"column_name":"date-iso","column_type":"date","column_data":{"format":"YYYY-MM-DD"}},
					  {"column_name":"email","column_type":"email"}]}""")));
	}

	@Test
	void everyUpdateSendsItsOperationType() {
		this.wireMock.register(put(SeaTableStubs.gateway("/columns/")).willReturn(okJson(UPDATED_COLUMN)));
		ColumnsOperations columns = TestBases.template(this.serverUrl).columns();

		assertUpdate(() -> columns.rename("Table1", "Oranges", "New Oranges"),
				"{\"op_type\":\"rename_column\",\"table_name\":\"Table1\",\"column\":\"Oranges\","
						+ "\"new_column_name\":\"New Oranges\"}");
		assertUpdate(() -> columns.resize("Table1", "cSDV", 400),
				"{\"op_type\":\"resize_column\",\"table_name\":\"Table1\",\"column\":\"cSDV\",\"new_column_width\":400}");
		assertUpdate(() -> columns.freeze("Table1", "Oranges", true),
				"{\"op_type\":\"freeze_column\",\"table_name\":\"Table1\",\"column\":\"Oranges\",\"frozen\":true}");
		assertUpdate(() -> columns.move("Table1", "Oranges", "Likes"),
				"{\"op_type\":\"move_column\",\"table_name\":\"Table1\",\"column\":\"Oranges\",\"target_column\":\"Likes\"}");
		assertUpdate(() -> columns.changeType("Table1", "Oranges", "number"),
				"{\"op_type\":\"modify_column_type\",\"table_name\":\"Table1\",\"column\":\"Oranges\","
						+ "\"new_column_type\":\"number\"}");
		assertUpdate(() -> columns.changeType("Table1", "Oranges", "number", Map.of("format", "euro")),
				"{\"op_type\":\"modify_column_type\",\"table_name\":\"Table1\",\"column\":\"Oranges\","
						+ "\"new_column_type\":\"number\",\"column_data\":{\"format\":\"euro\"}}");
	}

	private void assertUpdate(Supplier<Column> update, String expectedBody) {
		this.wireMock.resetRequests();
		Column column = update.get();
		assertThat(column).isEqualTo(new Column("cSDV", "New Oranges", "number", Map.of()));
		this.wireMock.verifyThat(1, putRequestedFor(SeaTableStubs.gateway("/columns/"))
			.withRequestBody(equalToJson(expectedBody)));
	}

	@Test
	void reactiveRenameParsesTheUpdatedColumn() {
		this.wireMock.register(put(SeaTableStubs.gateway("/columns/")).willReturn(okJson(UPDATED_COLUMN)));

		StepVerifier.create(TestBases.reactiveTemplate(this.serverUrl).columns().rename("Table1", "Oranges", "New Oranges"))
			.assertNext((column) -> assertThat(column.key()).isEqualTo("cSDV"))
			.verifyComplete();
	}

	@Test
	void deleteSendsTableAndColumnInTheBody() {
		this.wireMock.register(delete(SeaTableStubs.gateway("/columns/")).willReturn(okJson(SUCCESS)));

		TestBases.template(this.serverUrl).columns().delete("Table1", "Oranges");

		this.wireMock.verifyThat(1, deleteRequestedFor(SeaTableStubs.gateway("/columns/"))
			.withRequestBody(equalToJson("{\"table_name\":\"Table1\",\"column\":\"Oranges\"}")));
	}

	@Test
	void addSelectOptionsSendsOnlyTheSetParts() {
		this.wireMock.register(post(SeaTableStubs.gateway("/column-options/")).willReturn(okJson(SUCCESS)));

		TestBases.template(this.serverUrl)
			.columns()
			.addSelectOptions("Table1", "Status",
					List.of(SelectOption.of("Option 1", "#FF8000", "#1DDD1D"), SelectOption.named("Option 2")));

		this.wireMock.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/column-options/"))
			.withRequestBody(equalToJson("""
					{"table_name":"Table1","column":"Status","options":[
					  {"name":"Option 1","color":"#FF8000","textColor":"#1DDD1D"},{"name":"Option 2"}]}""")));
	}

	@Test
	void updateSelectOptionsAsksForAndParsesTheOptions() {
		this.wireMock.register(put(SeaTableStubs.gateway("/column-options/")).willReturn(okJson("""
				{"options":[{"name":"Finished","color":"#4ECCCB","textColor":"#FFFFFF","id":"119376"},"str"]}""")));

		List<SelectOption> options = TestBases.template(this.serverUrl)
			.columns()
			.updateSelectOptions("Table1", "Status",
					List.of(SelectOption.update("119376").withName("Finished").withColors("#4ECCCB", "#FFFFFF")));

		assertThat(options).containsExactly(new SelectOption("119376", "Finished", "#4ECCCB", "#FFFFFF"));
		this.wireMock.verifyThat(1, putRequestedFor(SeaTableStubs.gateway("/column-options/"))
			.withRequestBody(equalToJson("""
					{"table_name":"Table1","column":"Status","return_options":true,"options":[
					  {"id":"119376","name":"Finished","color":"#4ECCCB","textColor":"#FFFFFF"}]}""")));
	}

	@Test
	void deleteSelectOptionsSendsTheOptionNames() {
		this.wireMock.register(delete(SeaTableStubs.gateway("/column-options/")).willReturn(okJson(SUCCESS)));

		StepVerifier
			.create(TestBases.reactiveTemplate(this.serverUrl)
				.columns()
				.deleteSelectOptions("Table1", "Status", List.of("Option 1", "Option 2")))
			.verifyComplete();

		this.wireMock.verifyThat(1, deleteRequestedFor(SeaTableStubs.gateway("/column-options/"))
			.withRequestBody(equalToJson(
					"{\"table_name\":\"Table1\",\"column\":\"Status\",\"option_names\":[\"Option 1\",\"Option 2\"]}")));
	}

	@Test
	void updateCascadeSendsParentChildAndSettings() {
		this.wireMock.register(post(SeaTableStubs.gateway("/column-cascade-settings/")).willReturn(okJson(SUCCESS)));

		TestBases.template(this.serverUrl)
			.columns()
			.updateCascade("Table2", "Continent", "Country",
					Map.of("Europe", List.of("Germany", "France"), "Asia", List.of("China", "Japan")));

		this.wireMock.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/column-cascade-settings/"))
			.withRequestBody(equalToJson("""
					{"table_name":"Table2","parent_column":"Continent","child_column":"Country",
					 "cascade_settings":{"Europe":["Germany","France"],"Asia":["China","Japan"]}}""")));
	}

	@Test
	void invalidArgumentsFailBeforeAnyRequest() {
		ColumnsOperations columns = TestBases.template(this.serverUrl).columns();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> columns.append("Table1",
					List.of(ColumnDefinition.text("Name"), ColumnDefinition.of("Total", "formula"))))
			.withMessage("column 'Total' of type formula cannot be appended in a batch; insert it on its own");
		assertThatIllegalArgumentException().isThrownBy(() -> columns.rename("Table1", "Name", "a.b"))
			.withMessageContaining("must not contain '.'");
		assertThatIllegalArgumentException().isThrownBy(() -> columns.resize("Table1", "Name", 0))
			.withMessage("column width must be positive, not 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> columns.updateSelectOptions("Table1", "Status", List.of(SelectOption.named("x"))))
			.withMessageContaining("needs the id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> columns.addSelectOptions("Table1", "Status", List.of(SelectOption.update("119376"))))
			.withMessage("a new select option needs a name");
		assertThatIllegalArgumentException().isThrownBy(() -> columns.insert("Table1", ColumnDefinition.text("x"), ""))
			.withMessage("anchor column must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> columns.list("Table1", " "))
			.withMessage("view name must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> columns.updateCascade("Table1", "A", "B", Map.of()))
			.withMessage("cascade settings must not be empty");
		assertThat(this.wireMock.getServeEvents()).isEmpty();
	}

}

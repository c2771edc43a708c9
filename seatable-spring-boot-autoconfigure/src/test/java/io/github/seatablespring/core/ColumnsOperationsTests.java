package io.github.seatablespring.core;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.SelectOption;
import io.github.seatablespring.testsupport.Answers;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.WireMockBase;
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

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void listSendsOnlyTheTableAndParsesTheRecordedColumns() {
		this.base.wireMock()
			.register(get(SeaTableStubs.gateway("/columns/")).willReturn(okJson(Answers.read("listColumns.json"))));

		List<Column> columns = this.base.template().columns().list("Table1");

		assertThat(columns).extracting(Column::name).containsExactly("Title", "Notes", "Amount", "Share");
		assertThat(columns.get(0)).isEqualTo(new Column("k000", "Title", "text", Map.of()));
		assertThat(columns).filteredOn((column) -> column.name().equals("Share"))
			.singleElement()
			.satisfies((column) -> assertThat(column.data()).containsEntry("format", "percent")
				.containsEntry("decimal", "comma"));
		this.base.wireMock()
			.verifyThat(1,
					getRequestedFor(SeaTableStubs.gateway("/columns/")).withQueryParam("table_name", equalTo("Table1"))
						.withQueryParam("view_name", absent()));
	}

	@Test
	void reactiveListOfAViewSendsTheViewName() {
		this.base.wireMock().register(get(SeaTableStubs.gateway("/columns/")).willReturn(okJson("""
				{"columns":[{"key":"0000","name":"Name","type":"text","width":200},
				            {"key":"g4s1","type":"number","name":"api3","data":null}]}""")));

		StepVerifier.create(this.base.reactive().columns().list("Table1", "Default View"))
			.assertNext((column) -> assertThat(column.key()).isEqualTo("0000"))
			.assertNext((column) -> assertThat(column.type()).isEqualTo("number"))
			.verifyComplete();
		this.base.wireMock()
			.verifyThat(1,
					getRequestedFor(SeaTableStubs.gateway("/columns/")).withQueryParam("table_name", equalTo("Table1"))
						.withQueryParam("view_name", equalTo("Default View")));
	}

	@Test
	void insertSendsTheDefinitionWithTableAndAnchorAndParsesTheRecordedColumn() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/columns/"))
				.willReturn(okJson(Answers.read("insertColumn-single-select.json"))));
		ColumnDefinition definition = ColumnDefinition.of("Stage", "single-select")
			.withData(Map.of("options", List.of(Map.of("name", "draft"), Map.of("name", "final"))));

		Column column = this.base.template().columns().insert("Table1", definition, "text");

		assertThat(column.name()).isEqualTo("Stage");
		assertThat(column.type()).isEqualTo("single-select");
		assertThat(column.data().get("options")).asInstanceOf(InstanceOfAssertFactories.list(Map.class))
			.extracting((option) -> option.get("name"))
			.containsExactly("draft", "final");
		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/columns/")).withRequestBody(equalToJson("""
					{"table_name":"Table1","column_name":"Stage","column_type":"single-select",
					 "column_data":{"options":[{"name":"draft"},{"name":"final"}]},"anchor_column":"text"}""")));
	}

	@Test
	void insertWithoutAnchorSendsNoAnchor() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/columns/"))
				.willReturn(okJson(Answers.read("insertColumn-rate.json"))));

		Column column = this.base.template()
			.columns()
			.insert("Table1", ColumnDefinition.of("Stars", "rate").withData(Map.of("rate_max_number", 7)));

		assertThat(column.type()).isEqualTo("rate");
		assertThat(column.data()).containsEntry("rate_max_number", 7);
		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/columns/")).withRequestBody(equalToJson(
					"""
							{"table_name":"Table1","column_name":"Stars","column_type":"rate","column_data":{"rate_max_number":7}}""")));
	}

	@Test
	void appendSendsAllDefinitionsAndParsesTheRecordedColumns() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/batch-append-columns/"))
				.willReturn(okJson(Answers.read("appendColumns.json"))));

		StepVerifier
			.create(this.base.reactive()
				.columns()
				.append("Table1", List.of(ColumnDefinition.date("Due"), ColumnDefinition.email("Mail"))))
			.assertNext((columns) -> {
				assertThat(columns).extracting(Column::name).containsExactly("Price", "Due", "Mail");
				assertThat(columns.get(0).data()).containsEntry("format", "yuan");
			})
			.verifyComplete();
		this.base.wireMock()
			.verifyThat(1,
					postRequestedFor(SeaTableStubs.gateway("/batch-append-columns/")).withRequestBody(equalToJson("""
							{"table_name":"Table1","columns":[
							  {"column_name":"Due","column_type":"date","column_data":{"format":"YYYY-MM-DD"}},
							  {"column_name":"Mail","column_type":"email"}]}""")));
	}

	@Test
	void everyUpdateSendsItsOperationType() {
		this.base.wireMock().register(put(SeaTableStubs.gateway("/columns/")).willReturn(okJson(UPDATED_COLUMN)));
		ColumnsOperations columns = this.base.template().columns();

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
		this.base.wireMock().resetRequests();
		Column column = update.get();
		assertThat(column).isEqualTo(new Column("cSDV", "New Oranges", "number", Map.of()));
		this.base.wireMock()
			.verifyThat(1,
					putRequestedFor(SeaTableStubs.gateway("/columns/")).withRequestBody(equalToJson(expectedBody)));
	}

	@Test
	void reactiveRenameParsesTheUpdatedColumn() {
		this.base.wireMock().register(put(SeaTableStubs.gateway("/columns/")).willReturn(okJson(UPDATED_COLUMN)));

		StepVerifier.create(this.base.reactive().columns().rename("Table1", "Oranges", "New Oranges"))
			.assertNext((column) -> assertThat(column.key()).isEqualTo("cSDV"))
			.verifyComplete();
	}

	@Test
	void deleteSendsTableAndColumnInTheBody() {
		this.base.wireMock().register(delete(SeaTableStubs.gateway("/columns/")).willReturn(okJson(SUCCESS)));

		this.base.template().columns().delete("Table1", "Oranges");

		this.base.wireMock()
			.verifyThat(1, deleteRequestedFor(SeaTableStubs.gateway("/columns/"))
				.withRequestBody(equalToJson("{\"table_name\":\"Table1\",\"column\":\"Oranges\"}")));
	}

	@Test
	void addSelectOptionsSendsOnlyTheSetParts() {
		this.base.wireMock().register(post(SeaTableStubs.gateway("/column-options/")).willReturn(okJson(SUCCESS)));

		this.base.template()
			.columns()
			.addSelectOptions("Table1", "Status",
					List.of(SelectOption.of("Option 1", "#FF8000", "#1DDD1D"), SelectOption.named("Option 2")));

		this.base.wireMock()
			.verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/column-options/")).withRequestBody(equalToJson("""
					{"table_name":"Table1","column":"Status","options":[
					  {"name":"Option 1","color":"#FF8000","textColor":"#1DDD1D"},{"name":"Option 2"}]}""")));
	}

	@Test
	void updateSelectOptionsAsksForAndParsesTheOptions() {
		this.base.wireMock().register(put(SeaTableStubs.gateway("/column-options/")).willReturn(okJson("""
				{"options":[{"name":"Finished","color":"#4ECCCB","textColor":"#FFFFFF","id":"119376"},"str"]}""")));

		List<SelectOption> options = this.base.template()
			.columns()
			.updateSelectOptions("Table1", "Status",
					List.of(SelectOption.update("119376").withName("Finished").withColors("#4ECCCB", "#FFFFFF")));

		assertThat(options).containsExactly(new SelectOption("119376", "Finished", "#4ECCCB", "#FFFFFF"));
		this.base.wireMock()
			.verifyThat(1, putRequestedFor(SeaTableStubs.gateway("/column-options/")).withRequestBody(equalToJson("""
					{"table_name":"Table1","column":"Status","return_options":true,"options":[
					  {"id":"119376","name":"Finished","color":"#4ECCCB","textColor":"#FFFFFF"}]}""")));
	}

	@Test
	void deleteSelectOptionsSendsTheOptionNames() {
		this.base.wireMock().register(delete(SeaTableStubs.gateway("/column-options/")).willReturn(okJson(SUCCESS)));

		StepVerifier.create(
				this.base.reactive().columns().deleteSelectOptions("Table1", "Status", List.of("Option 1", "Option 2")))
			.verifyComplete();

		this.base.wireMock()
			.verifyThat(1, deleteRequestedFor(SeaTableStubs.gateway("/column-options/")).withRequestBody(equalToJson(
					"{\"table_name\":\"Table1\",\"column\":\"Status\",\"option_names\":[\"Option 1\",\"Option 2\"]}")));
	}

	@Test
	void updateCascadeSendsParentChildAndSettings() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/column-cascade-settings/")).willReturn(okJson(SUCCESS)));

		this.base.template()
			.columns()
			.updateCascade("Table2", "Continent", "Country",
					Map.of("Europe", List.of("Germany", "France"), "Asia", List.of("China", "Japan")));

		this.base.wireMock()
			.verifyThat(1,
					postRequestedFor(SeaTableStubs.gateway("/column-cascade-settings/")).withRequestBody(equalToJson("""
							{"table_name":"Table2","parent_column":"Continent","child_column":"Country",
							 "cascade_settings":{"Europe":["Germany","France"],"Asia":["China","Japan"]}}""")));
	}

	@Test
	void invalidArgumentsFailBeforeAnyRequest() {
		ColumnsOperations columns = this.base.template().columns();
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
		assertThat(this.base.wireMock().getServeEvents()).isEmpty();
	}

}

package io.github.seatablespring.core;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.model.View;
import io.github.seatablespring.model.ViewDetails;
import io.github.seatablespring.model.ViewUpdate;
import io.github.seatablespring.testsupport.Answers;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.WireMockBase;
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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@WireMockTest
class ViewsOperationsTests {

	// the view name goes into the path, so a space must arrive percent-encoded
	private static final String VIEW_PATH = "/views/My%20View/";

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void listSendsTheTableAsQueryAndParsesTheRecordedViews() {
		this.base.wireMock()
			.register(get(SeaTableStubs.gateway("/views/")).willReturn(okJson(Answers.read("listViews.json"))));

		List<ViewDetails> views = this.base.template().views().list("Table1");

		assertThat(views).singleElement().satisfies((view) -> {
			assertThat(view.toView()).isEqualTo(new View("0Vw1", "Everything", "table"));
			assertThat(view.locked()).isFalse();
			assertThat(view.filterConjunction()).isEqualTo("And");
			assertThat(view.filters()).isEmpty();
			assertThat(view.sorts()).isEmpty();
			assertThat(view.groupbys()).isEmpty();
			assertThat(view.hiddenColumns()).isEmpty();
		});
		this.base.wireMock()
			.verifyThat(1,
					getRequestedFor(SeaTableStubs.gateway("/views/")).withQueryParam("table_name", equalTo("Table1")));
	}

	@Test
	void getEncodesTheViewNameInThePathAndParsesTheRecordedView() {
		this.base.wireMock()
			.register(get(SeaTableStubs.gateway(VIEW_PATH)).willReturn(okJson(Answers.read("getView.json"))));

		ViewDetails view = this.base.template().views().get("Table 1", "My View");

		assertThat(view.name()).isEqualTo("Open tasks");
		assertThat(view.type()).isEqualTo("table");
		this.base.wireMock()
			.verifyThat(1,
					getRequestedFor(SeaTableStubs.gateway(VIEW_PATH)).withQueryParam("table_name", equalTo("Table 1")));
	}

	@Test
	void settingsAreParsedAsRawListsAndMaskedValuesReadAsEmpty() {
		this.base.wireMock().register(get(SeaTableStubs.gateway("/views/")).willReturn(okJson("""
				{"views":[
				  {"_id":"r535","name":"Open","type":"table","is_locked":true,"filter_conjunction":"Or",
				   "filters":[{"column_key":"0000","filter_predicate":"contains","filter_term":null},"junk"],
				   "sorts":[{"column_key":"g4s1","sort_type":"down"}],
				   "groupbys":[{"column_key":"0000","sort_type":"up","count_type":""}],
				   "hidden_columns":["g4s1","X16v"]},
				  {"_id":"str","name":"str","type":"str","is_locked":"bool","filters":"list","sorts":"list",
				   "groupbys":"list","hidden_columns":"list"}]}""")));

		List<ViewDetails> views = this.base.template().views().list("Table1");

		ViewDetails open = views.get(0);
		assertThat(open.locked()).isTrue();
		assertThat(open.filterConjunction()).isEqualTo("Or");
		assertThat(open.filters()).singleElement().satisfies((filter) -> {
			assertThat(filter).containsEntry("column_key", "0000").containsEntry("filter_predicate", "contains");
			assertThat(filter).containsKey("filter_term");
			assertThat(filter.get("filter_term")).isNull();
		});
		assertThat(open.sorts()).containsExactly(Map.of("column_key", "g4s1", "sort_type", "down"));
		assertThat(open.groupbys()).containsExactly(Map.of("column_key", "0000", "sort_type", "up", "count_type", ""));
		assertThat(open.hiddenColumns()).containsExactly("g4s1", "X16v");
		ViewDetails masked = views.get(1);
		assertThat(masked.locked()).isFalse();
		assertThat(masked.filters()).isEmpty();
		assertThat(masked.hiddenColumns()).isEmpty();
	}

	@Test
	void anAnswerWithoutViewsIsMalformed() {
		this.base.wireMock().register(get(SeaTableStubs.gateway("/views/")).willReturn(okJson("{\"success\":true}")));

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> this.base.template().views().list("Table1"))
			.withMessageContaining("'views'");
	}

	@Test
	void createSendsNameAndTypeWithTheTableAsQuery() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/views/")).willReturn(okJson(Answers.read("createView.json"))));

		ViewDetails view = this.base.template().views().create("Table1", "Late tasks");

		assertThat(view.name()).isEqualTo("Late tasks");
		assertThat(view.locked()).isFalse();
		this.base.wireMock()
			.verifyThat(1,
					postRequestedFor(SeaTableStubs.gateway("/views/")).withQueryParam("table_name", equalTo("Table1"))
						.withRequestBody(equalToJson("{\"name\":\"Late tasks\",\"type\":\"table\"}")));
	}

	@Test
	void reactiveCreateOfALockedArchiveView() {
		this.base.wireMock().register(post(SeaTableStubs.gateway("/views/")).willReturn(okJson("""
				{"_id":"PeJE","name":"Archive","type":"archive","is_locked":true,"filters":[],"sorts":[]}""")));

		StepVerifier.create(this.base.reactive().views().create("Table1", "Archive", "archive", true))
			.assertNext((view) -> assertThat(view.toView()).isEqualTo(new View("PeJE", "Archive", "archive")))
			.verifyComplete();
		this.base.wireMock()
			.verifyThat(1,
					postRequestedFor(SeaTableStubs.gateway("/views/")).withQueryParam("table_name", equalTo("Table1"))
						.withRequestBody(
								equalToJson("{\"name\":\"Archive\",\"type\":\"archive\",\"is_locked\":true}")));
	}

	@Test
	void updateSendsOnlyTheNamedSettings() {
		this.base.wireMock().register(put(SeaTableStubs.gateway(VIEW_PATH)).willReturn(okJson("""
				{"_id":"r535","name":"Open tasks","type":"table","is_locked":true,"filter_conjunction":"And",
				 "filters":[{"column_key":"0000","filter_predicate":"is","filter_term":"open"}],
				 "sorts":[],"groupbys":[],"hidden_columns":["g4s1"]}""")));
		ViewUpdate update = ViewUpdate.empty()
			.name("Open tasks")
			.locked(true)
			.filterConjunction("And")
			.filters(List.of(Map.of("column_key", "0000", "filter_predicate", "is", "filter_term", "open")))
			.clearSorts()
			.hiddenColumns(List.of("g4s1"));

		ViewDetails view = this.base.template().views().update("Table1", "My View", update);

		assertThat(view.name()).isEqualTo("Open tasks");
		assertThat(view.filters()).singleElement()
			.satisfies((filter) -> assertThat(filter).containsEntry("filter_term", "open"));
		assertThat(view.hiddenColumns()).containsExactly("g4s1");
		// SeaTable ignores an empty list; [{}] is what clears the sorts
		this.base.wireMock()
			.verifyThat(1,
					putRequestedFor(SeaTableStubs.gateway(VIEW_PATH)).withQueryParam("table_name", equalTo("Table1"))
						.withRequestBody(equalToJson("""
								{"name":"Open tasks","is_locked":true,"filter_conjunction":"And",
								 "filters":[{"column_key":"0000","filter_predicate":"is","filter_term":"open"}],
								 "sorts":[{}],"hidden_columns":["g4s1"]}""")));
	}

	@Test
	void updateCanClearFiltersAndGroupbysAndSetOtherFields() {
		this.base.wireMock().register(put(SeaTableStubs.gateway(VIEW_PATH)).willReturn(okJson("""
				{"_id":"r535","name":"My View","type":"table"}""")));
		ViewUpdate update = ViewUpdate.empty().clearFilters().clearGroupbys().with("row_height", "double");

		StepVerifier.create(this.base.reactive().views().update("Table1", "My View", update))
			.assertNext((view) -> assertThat(view.name()).isEqualTo("My View"))
			.verifyComplete();
		this.base.wireMock()
			.verifyThat(1, putRequestedFor(SeaTableStubs.gateway(VIEW_PATH))
				.withRequestBody(equalToJson("{\"filters\":[{}],\"groupbys\":[{}],\"row_height\":\"double\"}")));
	}

	@Test
	void deleteSendsNoBody() {
		this.base.wireMock()
			.register(delete(SeaTableStubs.gateway(VIEW_PATH)).willReturn(okJson("{\"success\":true}")));

		this.base.template().views().delete("Table1", "My View");

		this.base.wireMock()
			.verifyThat(1,
					deleteRequestedFor(SeaTableStubs.gateway(VIEW_PATH)).withQueryParam("table_name", equalTo("Table1"))
						.withRequestBody(absent()));
	}

	@Test
	void invalidArgumentsFailBeforeAnyRequest() {
		ViewsOperations views = this.base.template().views();
		assertThatIllegalArgumentException().isThrownBy(() -> views.update("Table1", "My View", ViewUpdate.empty()))
			.withMessage("the view update changes nothing");
		assertThatIllegalArgumentException().isThrownBy(() -> ViewUpdate.empty().filterConjunction("and"))
			.withMessageContaining("'And' or 'Or'");
		assertThatIllegalArgumentException().isThrownBy(() -> ViewUpdate.empty().sorts(List.of()))
			.withMessageContaining("clearSorts()");
		assertThatIllegalArgumentException().isThrownBy(() -> views.create("Table1", "Kanban", "kanban", false))
			.withMessageContaining("'table' or 'archive'");
		assertThatIllegalArgumentException().isThrownBy(() -> views.get("Table1", " "))
			.withMessage("view name must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> views.list(""))
			.withMessage("table name must not be empty");
		assertThat(this.base.wireMock().getServeEvents()).isEmpty();
	}

}

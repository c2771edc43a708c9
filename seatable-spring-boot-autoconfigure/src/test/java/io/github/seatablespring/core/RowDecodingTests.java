package io.github.seatablespring.core;

import java.net.URI;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.mapping.SeaTableColumn;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rows read straight from the answer's bytes: the values a row holds, typed rows under
 * strict application mappers, and errors while reading that must end the call rather than
 * hang it.
 */
@WireMockTest
class RowDecodingTests {

	private static final String ROW_ID = "Qtf7xPmoRaiFyQPO1aENTj";

	private static final String PAGE = """
			{"rows":[{"_id":"Qtf7xPmoRaiFyQPO1aENTj","_ctime":"2021-02-09T12:23:17.761+00:00","_locked":null,
			"Book-Title":"Dune","Pages":412,"Big":12345678901234567890,"Price":9.5,"Read":true,
			"Tags":["sf","classic"],"Place":{"lat":50,"lng":8.23},"Empty":null}],"next":"ignored"}""";

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
		this.base.wireMock().register(get(SeaTableStubs.gateway("/rows/")).willReturn(okJson(PAGE)));
	}

	@Test
	void rowsHoldPlainJsonValuesInTheOrderSent() {
		Row row = this.base.template().listRows(RowQuery.table("Books")).get(0);

		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("_id", ROW_ID);
		expected.put("_ctime", "2021-02-09T12:23:17.761+00:00");
		expected.put("_locked", null);
		expected.put("Book-Title", "Dune");
		expected.put("Pages", 412);
		expected.put("Big", new BigInteger("12345678901234567890"));
		expected.put("Price", 9.5);
		expected.put("Read", true);
		expected.put("Tags", List.of("sf", "classic"));
		expected.put("Place", Map.of("lat", 50, "lng", 8.23));
		expected.put("Empty", null);
		assertThat(row.values()).isEqualTo(expected);
		assertThat(row.values().keySet()).containsExactlyElementsOf(expected.keySet());
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> row.values().put("x", 1));
	}

	@Test
	void anAnswerWithoutRowsIsMalformed() {
		this.base.wireMock().register(get(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"row\":[]}")));

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> this.base.template().listRows(RowQuery.table("Books")))
			.withMessageContaining("no 'rows' array");
	}

	@Test
	void aRowThatIsNoObjectIsMalformed() {
		this.base.wireMock().register(get(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"rows\":[1]}")));

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> this.base.template().listRows(RowQuery.table("Books")))
			.withMessageContaining("a row that is not a JSON object");
	}

	@Test
	void typedRowsSkipSystemFieldsEvenWhenTheApplicationFailsOnUnknownProperties() {
		stubTitles();
		JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

		List<Title> titles = template(strict).streamRows("Books", Title.class).collectList().block();

		assertThat(titles).containsExactly(new Title("Dune", 412));
	}

	@Test
	void typedRowsGetSystemFieldsTheyAskFor() {
		stubTitles();
		JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

		List<WithIds> rows = template(strict).streamRows("Books", WithIds.class).collectList().block();

		assertThat(rows).containsExactly(new WithIds(ROW_ID, "2021-02-09T12:23:17.761+00:00", "Dune", 412));
	}

	/** Rows with SeaTable's system fields and only the columns the types declare. */
	private void stubTitles() {
		this.base.wireMock().register(get(SeaTableStubs.gateway("/rows/")).willReturn(okJson("""
				{"rows":[{"_id":"Qtf7xPmoRaiFyQPO1aENTj","_ctime":"2021-02-09T12:23:17.761+00:00",
				"_mtime":"2021-02-09T12:23:17.761+00:00","_creator":"a@auth.local","_locked":null,
				"Book-Title":"Dune","Pages":412}]}""")));
	}

	@Test
	void outOfMemoryWhileMappingRowsEndsTheCallWithAnException() {
		// thrown on Netty's event loop: before, the Flux never ended and no time-out
		// fired
		StepVerifier.create(this.base.reactive().streamRows("Books", Exploding.class))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(SeaTableException.class)
				.hasMessageContaining("Could not map a row to")
				.hasRootCauseInstanceOf(OutOfMemoryError.class))
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void outOfMemoryWhileReadingAnAnswerEndsTheCallWithAnException() {
		BaseApiClient api = new BaseApiClient(WebClient.create(), URI.create(this.base.url()),
				() -> Mono.just(TestTokens.BASE_UUID));

		StepVerifier.create(api.exchange(HttpMethod.GET, "/rows/", Map.of(), Map.of(), null, (body) -> {
			throw new OutOfMemoryError("simulated");
		}))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(SeaTableMalformedResponseException.class)
				.hasMessageContaining("could not be read (OutOfMemoryError)")
				.hasCauseInstanceOf(OutOfMemoryError.class))
			.verify(Duration.ofSeconds(10));
	}

	private ReactiveSeaTableTemplate template(JsonMapper mapper) {
		return new SeaTableTemplateFactory(WebClient.builder(), List.of(), mapper, Clock.systemUTC())
			.create(TestBases.settings(this.base.url()))
			.template();
	}

	record Title(@SeaTableColumn("Book-Title") String title, @SeaTableColumn("Pages") int pages) {
	}

	record WithIds(@SeaTableColumn("_id") String id, String _ctime, @SeaTableColumn("Book-Title") String title,
			@SeaTableColumn("Pages") int pages) {
	}

	@JsonDeserialize(using = ExplodingDeserializer.class)
	record Exploding() {
	}

	static final class ExplodingDeserializer extends ValueDeserializer<Exploding> {

		@Override
		public Exploding deserialize(JsonParser parser, DeserializationContext context) {
			throw new OutOfMemoryError("simulated");
		}

	}

}

package io.github.seatablespring.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableServerException;
import io.github.seatablespring.SeaTableValidationException;
import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.testsupport.MutableClock;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The validation's metadata costs one request per time-to-live and follows schema
 * changes.
 */
@WireMockTest
class MetadataCacheTests {

	private static final String METADATA = "/metadata/";

	private WireMockBase base;

	private MutableClock clock;

	private SeaTableTemplate template;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
		this.base.wireMock()
			.register(get(SeaTableStubs.gateway(METADATA)).willReturn(okJson(RowValidationTests.METADATA)));
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/rows/"))
				.willReturn(okJson("{\"inserted_row_count\":1,\"row_ids\":[{\"_id\":\"Bko1e60YT-egit2SljWSZA\"}]}")));
		this.clock = new MutableClock(Instant.now());
		this.template = TestBases.template(this.base.url(), new RowValidation(true, Duration.ofMinutes(5), false),
				this.clock);
	}

	@Test
	void threeAppendsWithinTheTimeToLiveFetchTheMetadataOnce() {
		this.template.appendRow("Tasks", Map.of("Name", "a"));
		this.clock.advance(Duration.ofMinutes(4));
		this.template.appendRows("Tasks", List.of(Map.of("Name", "b", "Done", true)));
		this.template.appendRow("Tasks", Map.of("Name", "c"));

		this.base.wireMock().verifyThat(1, getRequestedFor(SeaTableStubs.gateway(METADATA)));
		this.base.wireMock().verifyThat(3, postRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void refusedUnknownColumnsFetchTheMetadataAgainAtMostOncePerTenSeconds() {
		this.template.appendRow("Tasks", Map.of("Name", "a"));
		this.clock.advance(Duration.ofMinutes(1));
		// the column may be new: metadata a minute old is fetched again before refusing
		refusedAppend(Map.of("Nmae", "typo"));
		this.base.wireMock().verifyThat(2, getRequestedFor(SeaTableStubs.gateway(METADATA)));
		this.clock.advance(Duration.ofSeconds(9));
		refusedAppend(Map.of("Nmae", "typo"));
		refusedAppend(Map.of("Nmae", "typo"));
		this.base.wireMock().verifyThat(2, getRequestedFor(SeaTableStubs.gateway(METADATA)));
		this.clock.advance(Duration.ofSeconds(1));
		refusedAppend(Map.of("Nmae", "typo"));

		this.base.wireMock().verifyThat(3, getRequestedFor(SeaTableStubs.gateway(METADATA)));
		this.base.wireMock().verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	private void refusedAppend(Map<String, Object> values) {
		assertThatExceptionOfType(SeaTableValidationException.class)
			.isThrownBy(() -> this.template.appendRow("Tasks", values))
			.withMessageContaining("no such column");
	}

	@Test
	void metadataOlderThanTheTimeToLiveIsFetchedAgain() {
		this.template.appendRow("Tasks", Map.of("Name", "a"));
		this.clock.advance(Duration.ofMinutes(5));
		this.template.appendRow("Tasks", Map.of("Name", "b"));
		this.template.appendRow("Tasks", Map.of("Name", "c"));

		this.base.wireMock().verifyThat(2, getRequestedFor(SeaTableStubs.gateway(METADATA)));
	}

	@Test
	void creatingATableInvalidatesTheMetadata() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/tables/"))
				.willReturn(okJson("{\"_id\":\"x1Yz\",\"name\":\"Tasks\",\"columns\":[],\"views\":[]}")));
		this.template.appendRow("Tasks", Map.of("Name", "a"));

		this.template.tables().create("Notes", List.of(ColumnDefinition.text("Title")));
		this.template.appendRow("Tasks", Map.of("Name", "b"));

		this.base.wireMock().verifyThat(2, getRequestedFor(SeaTableStubs.gateway(METADATA)));
	}

	@Test
	void schemaChangesThroughColumnsAndTablesInvalidateTheMetadata() {
		this.base.wireMock()
			.register(post(SeaTableStubs.gateway("/columns/"))
				.willReturn(okJson("{\"key\":\"Ab12\",\"name\":\"Due\",\"type\":\"date\"}")));
		this.base.wireMock().register(put(SeaTableStubs.gateway("/tables/")).willReturn(okJson("{\"success\":true}")));
		this.template.appendRow("Tasks", Map.of("Name", "a"));

		this.template.columns().insert("Tasks", ColumnDefinition.date("Due"));
		this.template.appendRow("Tasks", Map.of("Name", "b"));
		this.template.tables().rename("Notes", "Memos");
		this.template.appendRow("Tasks", Map.of("Name", "c"));

		this.base.wireMock().verifyThat(3, getRequestedFor(SeaTableStubs.gateway(METADATA)));
	}

	@Test
	void getMetadataRefreshesTheCache() {
		this.template.getMetadata();
		this.template.appendRow("Tasks", Map.of("Name", "a"));

		this.base.wireMock().verifyThat(1, getRequestedFor(SeaTableStubs.gateway(METADATA)));
	}

	@Test
	void aFailedMetadataFetchIsNotKeptAndSendsNoRow() {
		this.base.wireMock().register(get(SeaTableStubs.gateway(METADATA)).willReturn(aResponse().withStatus(500)));

		assertThatExceptionOfType(SeaTableServerException.class)
			.isThrownBy(() -> this.template.appendRow("Tasks", Map.of("Name", "a")));
		this.base.wireMock().verifyThat(0, postRequestedFor(SeaTableStubs.gateway("/rows/")));

		this.base.wireMock()
			.register(get(SeaTableStubs.gateway(METADATA)).willReturn(okJson(RowValidationTests.METADATA)));
		this.template.appendRow("Tasks", Map.of("Name", "a"));
		this.base.wireMock().verifyThat(1, postRequestedFor(SeaTableStubs.gateway("/rows/")));
	}

	@Test
	void explicitInvalidationFetchesAgain() {
		this.template.appendRow("Tasks", Map.of("Name", "a"));

		((ReactiveSeaTableTemplate) this.template.reactive()).metadataCache().invalidate();
		this.template.appendRow("Tasks", Map.of("Name", "b"));

		this.base.wireMock().verifyThat(2, getRequestedFor(SeaTableStubs.gateway(METADATA)));
	}

}

package io.github.seatablespring.benchmarks;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.autoconfigure.SeaTableBaseSettings;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.core.ReactiveSeaTableOperations;
import io.github.seatablespring.core.RowQuery;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The two clients compared: the starter's reactive template, and the WebClient code an
 * application would write by hand for the same requests (token fetched once, rows decoded
 * into maps by Spring's Jackson codec, appends sent in chunks of 1,000). Both get the
 * same connector, with a pool large enough for 64 concurrent requests.
 */
public final class Clients {

	private static final String GATEWAY = "/api-gateway/api/v2/dtables/{uuid}";

	private static final ParameterizedTypeReference<Map<String, Object>> ROW = new ParameterizedTypeReference<>() {
	};

	private Clients() {
	}

	private static WebClient.Builder builder() {
		ConnectionProvider pool = ConnectionProvider.builder("bench")
			.maxConnections(64)
			.pendingAcquireMaxCount(-1)
			.build();
		return WebClient.builder().clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)));
	}

	/**
	 * The starter, as auto-configuration builds it; the client-side quota is off (the
	 * stub has none).
	 */
	public static ReactiveSeaTableOperations starter(String url) {
		SeaTableBaseSettings settings = new SeaTableBaseSettings("bench", URI.create(url), StubServer.API_TOKEN,
				Duration.ofSeconds(60), Duration.ofMinutes(5), false, 300, 5000, Duration.ofMinutes(1), 3);
		return new SeaTableTemplateFactory(builder(), List.of(), JsonMapper.builder().build(), Clock.systemUTC())
			.create(settings)
			.template();
	}

	public static HandWritten handWritten(String url) {
		return new HandWritten(builder().baseUrl(url)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
			.build());
	}

	/** What a row list answer is decoded into by hand. */
	public record RowsPage(List<Map<String, Object>> rows) {
	}

	record TokenAnswer(String access_token, String dtable_uuid) {
	}

	record Appended(int inserted_row_count, List<Map<String, String>> row_ids) {
	}

	/** Hand-written WebClient calls of the same endpoints. */
	public static final class HandWritten {

		private final WebClient client;

		private final TokenAnswer token;

		HandWritten(WebClient client) {
			this.client = client;
			this.token = client.get()
				.uri("/api/v2.1/dtable/app-access-token/")
				.header(HttpHeaders.AUTHORIZATION, "Token " + StubServer.API_TOKEN)
				.retrieve()
				.bodyToMono(TokenAnswer.class)
				.block();
		}

		public Mono<Map<String, Object>> getRow(String table, String rowId) {
			return this.client.get()
				.uri(GATEWAY + "/rows/{id}/?table_name={table}&convert_keys=true", this.token.dtable_uuid(), rowId,
						table)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token.access_token())
				.retrieve()
				.bodyToMono(ROW);
		}

		public Mono<List<Map<String, Object>>> listRows(String table, int start, int limit) {
			return this.client.get()
				.uri(GATEWAY + "/rows/?table_name={table}&start={start}&limit={limit}&convert_keys=true",
						this.token.dtable_uuid(), table, start, limit)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token.access_token())
				.retrieve()
				.bodyToMono(RowsPage.class)
				.map(RowsPage::rows);
		}

		/** Every row of a table, one page of 1,000 after the other. */
		public Flux<Map<String, Object>> streamRows(String table) {
			return page(table, 0)
				.expand((page) -> (page.rows().size() < RowQuery.MAX_LIMIT) ? Mono.empty()
						: page(table, page.start() + page.rows().size()))
				// one page at a time, as the starter reads them
				.concatMapIterable(Page::rows, 1);
		}

		private Mono<Page> page(String table, int start) {
			return listRows(table, start, RowQuery.MAX_LIMIT).map((rows) -> new Page(start, rows));
		}

		record Page(int start, List<Map<String, Object>> rows) {
		}

		/** Appends in chunks of 1,000, one after the other; returns the new row ids. */
		public Mono<List<String>> appendRows(String table, List<Map<String, Object>> rows) {
			List<List<Map<String, Object>>> chunks = new ArrayList<>();
			for (int from = 0; from < rows.size(); from += 1000) {
				chunks.add(rows.subList(from, Math.min(from + 1000, rows.size())));
			}
			return Flux.fromIterable(chunks)
				.concatMap((chunk) -> this.client.post()
					.uri(GATEWAY + "/rows/", this.token.dtable_uuid())
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token.access_token())
					.bodyValue(Map.of("table_name", table, "rows", chunk))
					.retrieve()
					.bodyToMono(Appended.class))
				.collect(ArrayList::new, (ids, answer) -> answer.row_ids().forEach((id) -> ids.add(id.get("_id"))));
		}

	}

}

package io.github.seatablespring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.netty.handler.codec.http.QueryStringDecoder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A SeaTable stub on a loopback port, in the same JVM: the token endpoint, the metadata,
 * one row, pages of rows and appends. Answers are prepared once, so the stub costs both
 * clients the same and as little as possible.
 */
public final class StubServer implements AutoCloseable {

	public static final String API_TOKEN = "0f5b8e2a7c9d41e3b6a8f0c2d4e6a8b0c2d4e6f8";

	public static final String BASE_UUID = "650d8a0d-7e27-46a8-8b18-6cc6f3db2057";

	public static final String TABLE = "Table1";

	/** A table whose rows are streamed: this many rows, in pages of 1,000. */
	public static final String BIG_TABLE = "Big";

	public static final int BIG_TABLE_ROWS = 1_000_000;

	public static final String ROW_ID = rowId(7);

	private static final String GATEWAY = "/api-gateway/api/v2/dtables/" + BASE_UUID;

	private static final byte[] EMPTY_PAGE = bytes("{\"rows\":[]}");

	private final byte[] token = bytes(tokenAnswer());

	private final byte[] metadata = bytes(metadataAnswer());

	private final byte[] row = bytes(row(7));

	private final byte[] page100 = bytes(page(100));

	private final byte[] page1000 = bytes(page(1000));

	private final JsonMapper json = JsonMapper.shared();

	private final DisposableServer server;

	public StubServer() {
		this.server = HttpServer.create().host("127.0.0.1").port(0).handle(this::answer).bindNow();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.port();
	}

	public int port() {
		return this.server.port();
	}

	private Mono<Void> answer(HttpServerRequest request, HttpServerResponse response) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		String path = uri.path();
		response.header("Content-Type", "application/json");
		if (path.equals("/api/v2.1/dtable/app-access-token/")) {
			return send(response, this.token);
		}
		if (path.equals(GATEWAY + "/metadata/")) {
			return send(response, this.metadata);
		}
		if (path.equals(GATEWAY + "/rows/") && request.method().name().equals("GET")) {
			return send(response, page(uri.parameters()));
		}
		if (path.equals(GATEWAY + "/rows/") && request.method().name().equals("POST")) {
			return request.receive().aggregate().asByteArray().flatMap((body) -> send(response, appended(body)));
		}
		if (path.startsWith(GATEWAY + "/rows/")) {
			return send(response, this.row);
		}
		return response.status(404).sendString(Mono.just("{\"error_msg\":\"not found\"}")).then();
	}

	private byte[] page(Map<String, List<String>> query) {
		int limit = Integer.parseInt(query.getOrDefault("limit", List.of("1000")).get(0));
		int start = Integer.parseInt(query.getOrDefault("start", List.of("0")).get(0));
		String table = query.getOrDefault("table_name", List.of(TABLE)).get(0);
		if (table.equals(BIG_TABLE) && start >= BIG_TABLE_ROWS) {
			return EMPTY_PAGE;
		}
		return (limit <= 100) ? this.page100 : this.page1000;
	}

	/** The append answer: as many new row ids as rows were sent. */
	private byte[] appended(byte[] body) {
		int rows = 0;
		try (JsonParser parser = this.json.createParser(body)) {
			parser.nextToken();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				if (name.equals("rows")) {
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						parser.skipChildren();
						rows++;
					}
				}
				else {
					parser.skipChildren();
				}
			}
		}
		StringBuilder answer = new StringBuilder("{\"inserted_row_count\":").append(rows).append(",\"row_ids\":[");
		for (int i = 0; i < rows; i++) {
			answer.append((i > 0) ? "," : "").append("{\"_id\":\"").append(rowId(i)).append("\"}");
		}
		return bytes(answer.append("]}").toString());
	}

	private static Mono<Void> send(HttpServerResponse response, byte[] body) {
		return response.header("Content-Length", Integer.toString(body.length)).sendByteArray(Mono.just(body)).then();
	}

	/** A 22-character row id, as SeaTable makes them. */
	public static String rowId(int index) {
		String digits = Integer.toString(index, 36);
		return "Qx9vB2mLTzKa4R7wYc0000".substring(0, 22 - digits.length()) + digits;
	}

	/**
	 * A row of twelve cells of the common column types, as {@code convert_keys=true}
	 * returns it.
	 */
	static String row(int index) {
		return "{\"_id\":\"" + rowId(index) + "\",\"_mtime\":\"2030-06-20T08:15:30.123+00:00\","
				+ "\"_ctime\":\"2030-06-19T07:00:00.000+00:00\",\"Name\":\"Customer " + index + "\","
				+ "\"Notes\":\"Called on Monday about the renewal of contract " + index + "; follow up next week.\","
				+ "\"Amount\":" + (index * 13.25) + ",\"Count\":" + index + ",\"Done\":" + (index % 2 == 0) + ","
				+ "\"Due\":\"2030-06-20\",\"Status\":\"Open\",\"Tags\":[\"vip\",\"north\"],"
				+ "\"Owner\":[\"24ab3c5d6e7f8a9b0c1d2e3f4a5b6c7d@auth.local\"]}";
	}

	static String page(int rows) {
		StringBuilder page = new StringBuilder("{\"rows\":[");
		for (int i = 0; i < rows; i++) {
			page.append((i > 0) ? "," : "").append(row(i));
		}
		return page.append("]}").toString();
	}

	private static String metadataAnswer() {
		String[][] columns = { { "Name", "text" }, { "Notes", "long-text" }, { "Amount", "number" },
				{ "Count", "number" }, { "Done", "checkbox" }, { "Due", "date" } };
		StringBuilder answer = new StringBuilder("{\"metadata\":{\"version\":1,\"tables\":[{\"_id\":\"0000\",")
			.append("\"name\":\"" + TABLE + "\",\"views\":[],\"columns\":[");
		for (int i = 0; i < columns.length; i++) {
			answer.append((i > 0) ? "," : "")
				.append("{\"key\":\"k" + i + "\",\"name\":\"" + columns[i][0] + "\",\"type\":\"" + columns[i][1]
						+ "\",\"data\":null}");
		}
		return answer.append("]}]}}").toString();
	}

	private static String tokenAnswer() {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		String header = encoder.encodeToString(bytes("{\"typ\":\"JWT\",\"alg\":\"HS256\"}"));
		long exp = Instant.now().plusSeconds(3 * 24 * 3600).getEpochSecond();
		String payload = encoder.encodeToString(bytes("{\"exp\":" + exp + ",\"dtable_uuid\":\"" + BASE_UUID + "\"}"));
		return "{\"app_name\":\"bench\",\"access_token\":\"" + header + "." + payload + ".c2ln\",\"dtable_uuid\":\""
				+ BASE_UUID + "\",\"dtable_server\":\"http://127.0.0.1/api-gateway/\",\"workspace_id\":1,"
				+ "\"use_api_gateway\":true,\"dtable_name\":\"Bench\"}";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}

package io.github.seatablespring.test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.seatablespring.test.Http.Failure;
import io.github.seatablespring.test.Http.Reply;
import io.github.seatablespring.test.account.AccountAnswer;
import io.github.seatablespring.test.account.EmulatedAccount;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * An in-memory SeaTable server for tests and local runs: a real HTTP server on {@code 127.0.0.1}
 * (Reactor Netty, random port) that answers the token exchange and the base operations of the API
 * gateway (metadata, rows, SQL through an embedded H2, tables, columns, select options, views, links)
 * with SeaTable's JSON shapes,
 * enforces SeaTable's per-base quota, records every request in a {@link #journal() journal} and can
 * inject faults.
 *
 * <pre class="code">
 * try (SeaTableEmulator emulator = SeaTableEmulator.start()) {
 *     EmulatedBase base = emulator.createBase("Demo");
 *     base.createTable("Contacts", List.of(EmulatedColumn.of("Name", "text")));
 *     // point the client at emulator.serverUrl() with base.apiToken()
 * }
 * </pre>
 */
public final class SeaTableEmulator implements AutoCloseable, EmulatedAccount.BaseSource {

	/** Version reported by {@code /server-info/}. */
	public static final String VERSION = "6.1.0";

	private static final AtomicLong DATABASES = new AtomicLong();

	private static final Pattern GATEWAY = Pattern.compile("^/api-gateway/api/v2/dtables/([^/]+)/(.*)$");

	private static final Pattern DURATION = Pattern.compile("^(\\d+)([smhd]?)$");

	private final Configuration configuration;

	private final Clock clock;

	private final Jwt jwt = new Jwt();

	private final Connection keepAlive;

	private final String jdbcUrl;

	private final Map<String, EmulatedBase> bases = new ConcurrentHashMap<>();

	private final Map<String, ApiToken> apiTokens = new ConcurrentHashMap<>();

	private final Map<String, Quota> quotas = new ConcurrentHashMap<>();

	private final Set<String> expiredTokens = ConcurrentHashMap.newKeySet();

	private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();

	private final List<RecordedRequest> journal = new CopyOnWriteArrayList<>();

	private final AtomicInteger failures = new AtomicInteger();

	private volatile int failureStatus;

	private final AtomicInteger resets = new AtomicInteger();

	private final AtomicInteger delays = new AtomicInteger();

	private volatile Duration delay = Duration.ZERO;

	private final EmulatedAccount account = new EmulatedAccount(this, Ids.apiToken());

	private final DisposableServer server;

	private SeaTableEmulator(Configuration configuration) {
		this.configuration = configuration;
		this.clock = configuration.clock;
		this.jdbcUrl = "jdbc:h2:mem:seatable-emulator-" + DATABASES.incrementAndGet()
				+ ";MODE=MySQL;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1"
				+ ";NON_KEYWORDS=VALUE,KEY,YEAR,MONTH,DAY,HOUR,MINUTE,SECOND,USER";
		try {
			this.keepAlive = DriverManager.getConnection(this.jdbcUrl);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not start the emulator's H2 database", ex);
		}
		this.server = HttpServer.create().host("127.0.0.1").port(0).handle(this::handle).bindNow();
	}

	/** Starts an emulator with the default quota (300 requests per minute, 5,000 per day). */
	public static SeaTableEmulator start() {
		return builder().build().start();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The server's root URL, {@code http://127.0.0.1:<port>}. */
	public String serverUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/** The port the server listens on. */
	public int port() {
		return this.server.port();
	}

	/** Creates an empty base with a fresh uuid and a read-write API token. */
	@Override
	public EmulatedBase createBase(String name) {
		Objects.requireNonNull(name, "name");
		String uuid = UUID.randomUUID().toString();
		Connection connection;
		try {
			connection = DriverManager.getConnection(this.jdbcUrl);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not open an H2 connection", ex);
		}
		EmulatedBase base = new EmulatedBase(this, uuid, name, connection);
		this.bases.put(uuid, base);
		this.quotas.put(uuid, new Quota(this.configuration.requestsPerMinute, this.configuration.requestsPerDay,
				this.clock));
		return base;
	}

	/** The account that logs in to this emulator and manages its bases through the account operations. */
	public EmulatedAccount account() {
		return this.account;
	}

	/** A base token for {@code base}, valid three days, as the API-token exchange issues it. */
	@Override
	public String issueBaseToken(EmulatedBase base) {
		String jwt = this.jwt.issue(base.uuid(), "account", false, this.clock.instant().plus(Duration.ofDays(3)));
		this.issuedTokens.add(jwt);
		return jwt;
	}

	/** Makes an API token invalid: exchanging it answers 403 from now on. */
	@Override
	public void revokeApiToken(String apiToken) {
		this.apiTokens.remove(apiToken);
	}

	/** The bases created so far. */
	@Override
	public List<EmulatedBase> bases() {
		return List.copyOf(this.bases.values());
	}

	/** Makes every base token issued so far invalid: base operations using one get 401. */
	public void expireTokens() {
		this.expiredTokens.addAll(this.issuedTokens);
	}

	/**
	 * Makes the next {@code count} base-operation requests answer {@code status} (a 429 comes with an empty
	 * body and rate-limit headers, like SeaTable's) without executing them.
	 */
	public void failNext(int count, int status) {
		this.failureStatus = status;
		this.failures.set(count);
	}

	/**
	 * Makes the next {@code count} base-operation requests answer only after {@code delay}, like a
	 * slow server: they are executed at once, so a client that gives up waiting has still written.
	 */
	public void delayNext(int count, Duration delay) {
		this.delay = delay;
		this.delays.set(count);
	}

	/** Makes the next {@code count} base-operation requests end with a connection reset, unexecuted. */
	public void resetNext(int count) {
		this.resets.set(count);
	}

	/** The requests received so far, oldest first. */
	public List<RecordedRequest> journal() {
		return List.copyOf(this.journal);
	}

	public void clearJournal() {
		this.journal.clear();
	}

	/** The clock the emulator uses for token expiry, quota windows and row times. */
	public Clock clock() {
		return this.clock;
	}

	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(5));
		this.bases.values().forEach(EmulatedBase::close);
		try {
			this.keepAlive.createStatement().execute("SHUTDOWN");
			this.keepAlive.close();
		}
		catch (SQLException ex) {
			// already closed
		}
	}

	String registerApiToken(EmulatedBase base, boolean readOnly) {
		String token = Ids.apiToken();
		this.apiTokens.put(token, new ApiToken(base, readOnly, readOnly ? "emulator-read-only" : "emulator"));
		return token;
	}

	// ---- HTTP ------------------------------------------------------------------------------------

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
			.publishOn(Schedulers.boundedElastic())
			.map((body) -> process(request, body))
			.flatMap((reply) -> {
				boolean delayed = GATEWAY.matcher(new QueryStringDecoder(request.uri()).path()).matches()
						&& this.delays.getAndUpdate((n) -> Math.max(0, n - 1)) > 0;
				return delayed ? Mono.delay(this.delay).then(send(response, reply)) : send(response, reply);
			});
	}

	private Mono<Void> send(HttpServerResponse response, Reply reply) {
		if (reply.reset()) {
			response.withConnection((connection) -> {
				connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
				connection.channel().close();
			});
			return Mono.empty();
		}
		response.status(HttpResponseStatus.valueOf(reply.status()));
		reply.headers().forEach(response::header);
		if (reply.body() == null) {
			response.header(HttpHeaderNames.CONTENT_LENGTH, "0");
			return response.send();
		}
		response.header(HttpHeaderNames.CONTENT_TYPE, "application/json");
		return response.sendString(Mono.just(reply.body()), StandardCharsets.UTF_8).then();
	}

	private Reply process(HttpServerRequest request, String body) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		String method = request.method().name();
		String path = uri.path();
		String rawQuery = uri.rawQuery();
		Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
		request.requestHeaders().forEach((entry) -> headers
			.computeIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), (name) -> new ArrayList<>())
			.add(entry.getValue()));
		this.journal.add(new RecordedRequest(method, path, rawQuery, body, this.clock.instant(), headers));
		try {
			Map<String, String> query = Http.queryParams(rawQuery);
			String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
			Matcher gateway = GATEWAY.matcher(path);
			if (gateway.matches()) {
				return baseOperation(method, gateway.group(1), gateway.group(2), query, body, authorization);
			}
			if (method.equals("GET") && path.equals(Http.TOKEN_PATH)) {
				return baseToken(authorization, query);
			}
			if (method.equals("GET") && (path.equals("/api2/ping/") || path.equals("/api2/auth/ping/")
					|| path.equals("/api-gateway/api/v2/ping/"))) {
				return Reply.ok("pong");
			}
			if (method.equals("GET") && path.equals("/server-info/")) {
				return Reply.ok(Map.of("version", VERSION, "edition", "enterprise edition"));
			}
			AccountAnswer answer = this.account.handle(method, path, query, body, authorization);
			if (answer != null) {
				return Reply.json(answer.status(), answer.body());
			}
			return Reply.error(404, "error_msg", "Not found.");
		}
		catch (Failure failure) {
			return failure.reply();
		}
		catch (RuntimeException ex) {
			return Reply.error(500, "error_message", "emulator error: " + ex);
		}
	}

	private Reply baseToken(@Nullable String authorization, Map<String, String> query) {
		ApiToken apiToken = null;
		if (authorization != null && authorization.startsWith("Token ")) {
			apiToken = this.apiTokens.get(authorization.substring(6).trim());
		}
		if (apiToken == null) {
			throw Failure.permissionDenied();
		}
		Duration lifetime = lifetime(query.get("exp"));
		EmulatedBase base = apiToken.base();
		String jwt = this.jwt.issue(base.uuid(), apiToken.appName(), apiToken.readOnly(),
				this.clock.instant().plus(lifetime));
		this.issuedTokens.add(jwt);
		Map<String, Object> answer = new java.util.LinkedHashMap<>();
		answer.put("app_name", apiToken.appName());
		answer.put("access_token", jwt);
		answer.put("dtable_uuid", base.uuid());
		// the keys a SeaTable 5.3+ server answers (older ones also sent dtable_socket and dtable_db)
		answer.put("dtable_server", serverUrl() + "/api-gateway/");
		answer.put("workspace_id", 1);
		answer.put("dtable_name", base.name());
		answer.put("use_api_gateway", true);
		return Reply.ok(answer);
	}

	private static Duration lifetime(@Nullable String exp) {
		if (exp == null || exp.isBlank()) {
			return Duration.ofDays(3);
		}
		Matcher matcher = DURATION.matcher(exp.trim());
		if (!matcher.matches()) {
			throw Failure.badRequest("exp invalid");
		}
		long amount = Long.parseLong(matcher.group(1));
		return switch (matcher.group(2)) {
			case "m" -> Duration.ofMinutes(amount);
			case "h" -> Duration.ofHours(amount);
			case "d" -> Duration.ofDays(amount);
			default -> Duration.ofSeconds(amount);
		};
	}

	private Reply baseOperation(String method, String uuid, String rest, Map<String, String> query, String body,
			@Nullable String authorization) {
		if (this.resets.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			return Reply.resetConnection();
		}
		if (this.failures.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			int status = this.failureStatus;
			if (status == 429) {
				return new Reply(429, Map.of("x-ratelimit-limit", String.valueOf(this.configuration.requestsPerMinute),
						"x-ratelimit-remaining", "0", "x-ratelimit-reset", "1"), null, false);
			}
			return Reply.error(status, "error_message", "emulated failure");
		}
		boolean readOnly = authenticate(uuid, authorization);
		EmulatedBase base = this.bases.get(uuid);
		if (base == null) {
			throw Failure.notFound("base " + uuid + " not found");
		}
		Map<String, String> rejection = this.quotas.get(uuid).tryAcquire();
		if (rejection != null) {
			return new Reply(429, rejection, null, false);
		}
		return Reply.ok(dispatch(base, method, rest, query, body, readOnly));
	}

	/** Checks the base token; answers whether it is read-only. */
	private boolean authenticate(String uuid, @Nullable String authorization) {
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			throw new Failure(403, "invalid token");
		}
		String token = authorization.substring(7).trim();
		Map<String, Object> claims = this.jwt.verify(token);
		if (claims == null || !uuid.equals(claims.get("dtable_uuid"))) {
			throw new Failure(403, "invalid token");
		}
		if (this.expiredTokens.contains(token) || !(claims.get("exp") instanceof Number exp)
				|| !this.clock.instant().isBefore(Instant.ofEpochSecond(exp.longValue()))) {
			throw new Failure(401, "token expired");
		}
		return !"rw".equals(claims.get("permission"));
	}

	private Object dispatch(EmulatedBase base, String method, String rest, Map<String, String> query, String body,
			boolean readOnly) {
		// SQL and query-links are POSTs that may only read
		boolean write = !method.equals("GET") && !rest.equals("sql/") && !rest.equals("query-links/");
		if (write && readOnly) {
			throw Failure.permissionDenied();
		}
		switch (rest) {
			case "metadata/":
				if (method.equals("GET")) {
					return base.metadata();
				}
				break;
			case "rows/":
				switch (method) {
					case "GET":
						return base.listRows(query);
					case "POST":
						return base.appendRows(jsonBody(body));
					case "PUT":
						return base.updateRows(jsonBody(body));
					case "DELETE":
						return base.deleteRows(jsonBody(body));
					default:
						break;
				}
				break;
			case "sql/":
				if (method.equals("POST")) {
					return base.sql(jsonBody(body), readOnly);
				}
				break;
			case "tables/":
				if (method.equals("POST")) {
					return base.createTable(jsonBody(body));
				}
				break;
			case "columns/":
				if (method.equals("GET")) {
					return base.listColumns(query);
				}
				if (method.equals("POST")) {
					return base.insertColumn(jsonBody(body));
				}
				break;
			case "views/":
				if (method.equals("GET")) {
					return base.listViews(query);
				}
				if (method.equals("POST")) {
					return base.createView(query, jsonBody(body));
				}
				break;
			case "column-options/":
				switch (method) {
					case "POST":
						return base.addSelectOptions(jsonBody(body));
					case "PUT":
						return base.updateSelectOptions(jsonBody(body));
					case "DELETE":
						return base.deleteSelectOptions(jsonBody(body));
					default:
						break;
				}
				break;
			case "links/":
				switch (method) {
					case "POST":
						return base.createLinks(jsonBody(body));
					case "PUT":
						return base.updateLinks(jsonBody(body));
					case "DELETE":
						return base.deleteLinks(jsonBody(body));
					default:
						break;
				}
				break;
			case "query-links/":
				if (method.equals("POST")) {
					return base.queryLinks(jsonBody(body));
				}
				break;
			default:
				if (rest.startsWith("views/") && rest.endsWith("/") && rest.length() > 7
						&& rest.indexOf('/', 6) == rest.length() - 1) {
					// the path is decoded already (a '+' stays a plus)
					String view = rest.substring(6, rest.length() - 1);
					switch (method) {
						case "GET":
							return base.getView(view, query);
						case "PUT":
							return base.updateView(view, query, jsonBody(body));
						case "DELETE":
							return base.deleteView(view, query);
						default:
							break;
					}
				}
				if (rest.startsWith("rows/") && rest.endsWith("/") && method.equals("GET")) {
					String rowId = QueryStringDecoder.decodeComponent(rest.substring(5, rest.length() - 1));
					return base.getRow(rowId, query);
				}
				break;
		}
		throw new Failure(404, "error_message", "not found: " + method + " " + rest);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> jsonBody(String body) {
		try {
			if (Http.parse(body) instanceof Map<?, ?> map) {
				return (Map<String, Object>) map;
			}
		}
		catch (RuntimeException ex) {
			// answered below
		}
		throw Failure.badRequest("request body must be a JSON object");
	}

	private record ApiToken(EmulatedBase base, boolean readOnly, String appName) {
	}

	/** Settings of an emulator to start; see {@link SeaTableEmulator#builder()}. */
	public static final class Configuration {

		private final int requestsPerMinute;

		private final int requestsPerDay;

		private final Clock clock;

		private Configuration(Builder builder) {
			this.requestsPerMinute = builder.requestsPerMinute;
			this.requestsPerDay = builder.requestsPerDay;
			this.clock = builder.clock;
		}

		/** Starts an emulator with these settings. */
		public SeaTableEmulator start() {
			return new SeaTableEmulator(this);
		}

	}

	/** Builds the {@link Configuration} of an emulator. */
	public static final class Builder {

		private int requestsPerMinute = 300;

		private int requestsPerDay = 5000;

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/** Base operations allowed per base in any 60 s window (default 300). */
		public Builder requestsPerMinute(int requestsPerMinute) {
			if (requestsPerMinute < 1) {
				throw new IllegalArgumentException("requestsPerMinute must be positive");
			}
			this.requestsPerMinute = requestsPerMinute;
			return this;
		}

		/** Base operations allowed per base in any 24 h window (default 5,000). */
		public Builder requestsPerDay(int requestsPerDay) {
			if (requestsPerDay < 1) {
				throw new IllegalArgumentException("requestsPerDay must be positive");
			}
			this.requestsPerDay = requestsPerDay;
			return this;
		}

		/** The clock for token expiry, quota windows and row times (default: the system clock, UTC). */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		public Configuration build() {
			return new Configuration(this);
		}

	}

}

package io.github.seatablespring.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.seatablespring.test.account.EmulatedAccount;
import io.github.seatablespring.test.api.Areas;
import io.github.seatablespring.test.api.RouteTable;
import io.github.seatablespring.test.api.Server;
import io.github.seatablespring.test.auth.Tokens;
import io.github.seatablespring.test.fault.Faults;
import io.github.seatablespring.test.http.ApiRequest;
import io.github.seatablespring.test.journal.Journal;
import io.github.seatablespring.test.server.Dispatcher;
import io.github.seatablespring.test.server.HttpFrontEnd;
import io.github.seatablespring.test.store.BaseStore;
import io.github.seatablespring.test.store.Ids;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory SeaTable server for tests and local runs: a real HTTP server on
 * {@code 127.0.0.1} (Reactor Netty, random port by default) that answers the token
 * exchange, every base operation of the API gateway (rows, SQL through an embedded H2,
 * metadata, tables, columns, views, links, row locks, big data, comments, notifications,
 * activities, snapshots, collaborators), the file operations and the ping endpoints, with
 * SeaTable's JSON shapes. It enforces SeaTable's per-base quota, records every request in
 * a {@link #journal() journal} and can inject faults.
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

	private final Configuration configuration;

	private final Connection keepAlive;

	private final String jdbcUrl;

	private final Map<String, EmulatedBase> bases = new ConcurrentHashMap<>();

	private final Tokens tokens;

	private final Faults faults = new Faults();

	private final Journal<RecordedRequest> journal = new Journal<>();

	private final Dispatcher dispatcher;

	private final HttpFrontEnd http;

	private final EmulatedAccount account;

	private SeaTableEmulator(Configuration configuration) {
		this.configuration = configuration;
		this.tokens = new Tokens(configuration.clock);
		this.jdbcUrl = "jdbc:h2:mem:seatable-emulator-" + DATABASES.incrementAndGet()
				+ ";MODE=MySQL;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1"
				+ ";NON_KEYWORDS=VALUE,KEY,YEAR,MONTH,DAY,HOUR,MINUTE,SECOND,USER";
		try {
			this.keepAlive = DriverManager.getConnection(this.jdbcUrl);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not start the emulator's H2 database", ex);
		}
		this.account = new EmulatedAccount(this, Ids.apiToken());
		RouteTable routes = Areas.all();
		this.account.register(routes);
		this.dispatcher = new Dispatcher(routes, new EmulatorServer(), this.faults, this::record,
				configuration.requestsPerMinute, configuration.requestsPerDay);
		this.http = new HttpFrontEnd(configuration.host, configuration.port, this.dispatcher, this.faults);
	}

	/**
	 * Starts an emulator with the default quota (300 requests per minute, 5,000 per day).
	 */
	public static SeaTableEmulator start() {
		return builder().build().start();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The server's root URL, {@code http://127.0.0.1:<port>}. */
	public String serverUrl() {
		return "http://" + (this.configuration.host.contains(":") ? "[" + this.configuration.host + "]"
				: this.configuration.host) + ":" + port();
	}

	/** The port the server listens on. */
	public int port() {
		return this.http.port();
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
		EmulatedBase base = new EmulatedBase(this,
				new BaseStore(uuid, name, connection, this.configuration.clock, this.configuration.zone));
		this.bases.put(uuid, base);
		return base;
	}

	/**
	 * The account that logs in to this emulator and manages its bases through the account
	 * operations.
	 */
	public EmulatedAccount account() {
		return this.account;
	}

	/** The bases created so far. */
	@Override
	public List<EmulatedBase> bases() {
		return List.copyOf(this.bases.values());
	}

	/** The base with this uuid, or {@code null}. */
	public @Nullable EmulatedBase base(String uuid) {
		return this.bases.get(uuid);
	}

	/**
	 * Brings the emulator back to its state after start-up with its bases created: every
	 * base is emptied (tables, rows, links, comments, notifications, history, files), the
	 * journal, injected faults and quota windows are cleared. Bases, their uuids and API
	 * tokens stay.
	 */
	public void reset() {
		this.bases.values().forEach(EmulatedBase::clear);
		this.faults.clear();
		this.journal.clear();
		this.dispatcher.resetQuotas();
	}

	/**
	 * Makes every base token issued so far expired: base operations using one get 403
	 * "Token expired.".
	 */
	public void expireTokens() {
		this.tokens.expireAll();
	}

	/**
	 * The status expired base tokens get: 403 (as SeaTable answers by default) or 401.
	 */
	public void expiredTokenStatus(int status) {
		this.tokens.expiredStatus(status);
	}

	/**
	 * Makes the next {@code count} base-operation requests answer {@code status} (a 429
	 * comes with an empty body and rate-limit headers, like SeaTable's) without executing
	 * them.
	 */
	public void failNext(int count, int status) {
		this.faults.failNext(count, status);
	}

	/**
	 * Makes the next {@code count} base-operation requests answer only after
	 * {@code delay}, like a slow server: they are executed at once, so a client that
	 * gives up waiting has still written.
	 */
	public void delayNext(int count, Duration delay) {
		this.faults.delayNext(count, delay);
	}

	/**
	 * Makes the next {@code count} base-operation requests end with a connection reset,
	 * unexecuted.
	 */
	public void resetNext(int count) {
		this.faults.resetNext(count);
	}

	/** The requests received so far, oldest first. */
	public List<RecordedRequest> journal() {
		return this.journal.requests();
	}

	public void clearJournal() {
		this.journal.clear();
	}

	/** The clock the emulator uses for token expiry, quota windows and row times. */
	public Clock clock() {
		return this.configuration.clock;
	}

	@Override
	public void close() {
		this.http.close();
		this.bases.values().forEach((base) -> base.store().close());
		try {
			this.keepAlive.createStatement().execute("SHUTDOWN");
			this.keepAlive.close();
		}
		catch (SQLException ex) {
			// already closed
		}
	}

	/** The emulator's API tokens and base tokens. */
	@Override
	public Tokens tokens() {
		return this.tokens;
	}

	private void record(ApiRequest request) {
		this.journal.record(new RecordedRequest(request.method(), request.path(), request.rawQuery(), request.text(),
				this.configuration.clock.instant(), request.headers()));
	}

	/** What the handlers see of this emulator. */
	private final class EmulatorServer implements Server {

		@Override
		public String serverUrl() {
			return SeaTableEmulator.this.serverUrl();
		}

		@Override
		public Clock clock() {
			return SeaTableEmulator.this.configuration.clock;
		}

		@Override
		public Tokens tokens() {
			return SeaTableEmulator.this.tokens;
		}

		@Override
		public @Nullable BaseStore base(String uuid) {
			EmulatedBase base = SeaTableEmulator.this.bases.get(uuid);
			return (base != null) ? base.store() : null;
		}

		@Override
		public int tokenExchangesPerMinute() {
			return SeaTableEmulator.this.configuration.tokenExchangesPerMinute;
		}

	}

	/** Settings of an emulator to start; see {@link SeaTableEmulator#builder()}. */
	public static final class Configuration {

		private final int requestsPerMinute;

		private final int requestsPerDay;

		private final int tokenExchangesPerMinute;

		private final Clock clock;

		private final ZoneId zone;

		private final String host;

		private final int port;

		private Configuration(Builder builder) {
			this.requestsPerMinute = builder.requestsPerMinute;
			this.requestsPerDay = builder.requestsPerDay;
			this.tokenExchangesPerMinute = builder.tokenExchangesPerMinute;
			this.clock = builder.clock;
			this.zone = builder.zone;
			this.host = builder.host;
			this.port = builder.port;
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

		private int tokenExchangesPerMinute = 60;

		private Clock clock = Clock.systemUTC();

		private ZoneId zone = ZoneOffset.UTC;

		private String host = "127.0.0.1";

		private int port;

		private Builder() {
		}

		/** Base operations allowed per base in any 60 s window (default 300). */
		public Builder requestsPerMinute(int requestsPerMinute) {
			this.requestsPerMinute = positive(requestsPerMinute, "requestsPerMinute");
			return this;
		}

		/** Base operations allowed per base in any 24 h window (default 5,000). */
		public Builder requestsPerDay(int requestsPerDay) {
			this.requestsPerDay = positive(requestsPerDay, "requestsPerDay");
			return this;
		}

		/**
		 * Base token exchanges allowed per API token in any 60 s window (default 60, as
		 * SeaTable).
		 */
		public Builder tokenExchangesPerMinute(int tokenExchangesPerMinute) {
			this.tokenExchangesPerMinute = positive(tokenExchangesPerMinute, "tokenExchangesPerMinute");
			return this;
		}

		/**
		 * The clock for token expiry, quota windows and row times (default: the system
		 * clock, UTC).
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		/**
		 * The server's time zone: date cells are answered with its offset (default UTC).
		 */
		public Builder timeZone(ZoneId zone) {
			this.zone = Objects.requireNonNull(zone, "zone");
			return this;
		}

		/** The address to listen on (default {@code 127.0.0.1}, loopback only). */
		public Builder host(String host) {
			this.host = Objects.requireNonNull(host, "host");
			return this;
		}

		/** The port to listen on (default 0: a free port). */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535");
			}
			this.port = port;
			return this;
		}

		public Configuration build() {
			return new Configuration(this);
		}

		private static int positive(int value, String name) {
			if (value < 1) {
				throw new IllegalArgumentException(name + " must be positive");
			}
			return value;
		}

	}

}

package io.github.seatablespring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the SeaTable client ({@code seatable.*}). The top-level
 * {@code api-token} is the default base; {@code bases.<name>.*} adds further bases, each
 * with its own token and quota.
 */
@ConfigurationProperties("seatable")
public class SeaTableProperties {

	/** Default server URL: SeaTable Cloud. */
	public static final URI DEFAULT_SERVER_URL = URI.create("https://cloud.seatable.io");

	/**
	 * Whether the SeaTable client is on. By default it is on when an API token is set;
	 * set it to true for AOT and native builds, whose tokens are given only at run time,
	 * or to false to switch the client off although a token is set.
	 */
	private @Nullable Boolean enabled;

	/**
	 * Base URL of the SeaTable server, without a path: SeaTable Cloud or your own server.
	 */
	private URI serverUrl = DEFAULT_SERVER_URL;

	/**
	 * API token of the default base (read-only or read-write; create it in the base's
	 * "API tokens" menu). Setting it, or any seatable.bases.<name>.api-token, enables the
	 * client.
	 */
	private @Nullable String apiToken;

	/**
	 * Time-out of one HTTP request, from sending it until the response arrives.
	 */
	private Duration timeout = Duration.ofSeconds(30);

	/**
	 * Base-token handling.
	 */
	private final Token token = new Token();

	/**
	 * Client-side quota and 429 handling, per base.
	 */
	private final RateLimit rateLimit = new RateLimit();

	/**
	 * Checks of rows against the table's columns before they are written.
	 */
	private final Validation validation = new Validation();

	/**
	 * Further bases by a name of your choice. Each gets its own base token and its own
	 * quota; the settings not given here fall back to the top-level ones.
	 */
	private Map<String, Base> bases = new LinkedHashMap<>();

	public @Nullable Boolean getEnabled() {
		return this.enabled;
	}

	public void setEnabled(@Nullable Boolean enabled) {
		this.enabled = enabled;
	}

	public URI getServerUrl() {
		return this.serverUrl;
	}

	public void setServerUrl(URI serverUrl) {
		this.serverUrl = serverUrl;
	}

	public @Nullable String getApiToken() {
		return this.apiToken;
	}

	public void setApiToken(@Nullable String apiToken) {
		this.apiToken = apiToken;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public Token getToken() {
		return this.token;
	}

	public RateLimit getRateLimit() {
		return this.rateLimit;
	}

	public Validation getValidation() {
		return this.validation;
	}

	public Map<String, Base> getBases() {
		return this.bases;
	}

	public void setBases(Map<String, Base> bases) {
		this.bases = bases;
	}

	/** Base-token handling. */
	public static class Token {

		/**
		 * How long before the base token's expiry (its JWT "exp" claim) a new one is
		 * fetched.
		 */
		private Duration refreshBeforeExpiry = Duration.ofMinutes(5);

		public Duration getRefreshBeforeExpiry() {
			return this.refreshBeforeExpiry;
		}

		public void setRefreshBeforeExpiry(Duration refreshBeforeExpiry) {
			this.refreshBeforeExpiry = refreshBeforeExpiry;
		}

	}

	/** Client-side quota and 429 handling. */
	public static class RateLimit {

		/**
		 * Whether the client keeps each base below the quota below. Retries after a 429
		 * happen either way.
		 */
		private boolean enabled = true;

		/**
		 * Most requests per base in any sliding 60-second window (SeaTable Cloud: 200 per
		 * base; self-hosted default: 500). A lower limit announced by the server lowers
		 * it.
		 */
		private int requestsPerMinute = 300;

		/**
		 * Most requests per base in any sliding 24-hour window. When it is spent, calls
		 * fail at once with SeaTableQuotaExceededException.
		 */
		private int requestsPerDay = 5000;

		/**
		 * Longest a call waits for a per-minute permit before it fails with
		 * SeaTableRateLimitException. The default covers one full minute window plus the
		 * safety margin, so a caller arriving just after a burst that used the whole
		 * minute still gets its turn (60 s + 250 ms, and some slack for scheduling).
		 */
		private Duration maxWait = Duration.ofSeconds(61);

		/**
		 * Most attempts of a request the server answers with 429, the first one included
		 * (1 turns retrying off).
		 */
		private int retryOn429 = 3;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getRequestsPerMinute() {
			return this.requestsPerMinute;
		}

		public void setRequestsPerMinute(int requestsPerMinute) {
			this.requestsPerMinute = requestsPerMinute;
		}

		public int getRequestsPerDay() {
			return this.requestsPerDay;
		}

		public void setRequestsPerDay(int requestsPerDay) {
			this.requestsPerDay = requestsPerDay;
		}

		public Duration getMaxWait() {
			return this.maxWait;
		}

		public void setMaxWait(Duration maxWait) {
			this.maxWait = maxWait;
		}

		/**
		 * Where the quota's counts live: "memory" (this instance only; the day count
		 * starts again on every restart) or "redis" (shared by every instance and
		 * application using the same base, and kept across restarts; needs
		 * spring-boot-starter-data-redis-reactive).
		 */
		private QuotaStoreType store = QuotaStoreType.MEMORY;

		/**
		 * The shared Redis store (store=redis).
		 */
		private final Redis redis = new Redis();

		/**
		 * Length of the window that requests-per-minute counts. Only a server counting
		 * other windows (or a test) needs a different value.
		 */
		private Duration minuteWindow = Duration.ofMinutes(1);

		/**
		 * Length of the window that requests-per-day counts.
		 */
		private Duration dayWindow = Duration.ofDays(1);

		/**
		 * Added to every window, so that requests sent one window apart cannot land
		 * inside one window on the server because of network jitter.
		 */
		private Duration safetyMargin = Duration.ofMillis(250);

		public int getRetryOn429() {
			return this.retryOn429;
		}

		public void setRetryOn429(int retryOn429) {
			this.retryOn429 = retryOn429;
		}

		public QuotaStoreType getStore() {
			return this.store;
		}

		public void setStore(QuotaStoreType store) {
			this.store = store;
		}

		public Redis getRedis() {
			return this.redis;
		}

		public Duration getMinuteWindow() {
			return this.minuteWindow;
		}

		public void setMinuteWindow(Duration minuteWindow) {
			this.minuteWindow = minuteWindow;
		}

		public Duration getDayWindow() {
			return this.dayWindow;
		}

		public void setDayWindow(Duration dayWindow) {
			this.dayWindow = dayWindow;
		}

		public Duration getSafetyMargin() {
			return this.safetyMargin;
		}

		public void setSafetyMargin(Duration safetyMargin) {
			this.safetyMargin = safetyMargin;
		}

	}

	/** Where the quota's counts live. */
	public enum QuotaStoreType {

		/** In this JVM. */
		MEMORY,

		/** In Redis, shared by every instance. */
		REDIS

	}

	/** The shared Redis quota store. */
	public static class Redis {

		/**
		 * What a call does when Redis does not answer: "local" (fall back to the
		 * in-memory quota, with one warning, and return to Redis once it answers again)
		 * or "fail" (the call fails with SeaTableRateLimitException).
		 */
		private RedisFailureMode onFailure = RedisFailureMode.LOCAL;

		/**
		 * Longest wait for Redis's answer to one permit before on-failure applies.
		 */
		private Duration timeout = Duration.ofSeconds(1);

		/**
		 * Prefix of the quota's keys; the rest is the base's server and uuid, hash-tagged
		 * so that one base's keys share a Redis Cluster slot.
		 */
		private String keyPrefix = "seatable:quota:";

		public RedisFailureMode getOnFailure() {
			return this.onFailure;
		}

		public void setOnFailure(RedisFailureMode onFailure) {
			this.onFailure = onFailure;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public String getKeyPrefix() {
			return this.keyPrefix;
		}

		public void setKeyPrefix(String keyPrefix) {
			this.keyPrefix = keyPrefix;
		}

	}

	/** What a call does when Redis does not answer. */
	public enum RedisFailureMode {

		/** Fall back to the in-memory quota until Redis answers again. */
		LOCAL,

		/** Fail the call. */
		FAIL

	}

	/** Checks of rows before they are written, for every base. */
	public static class Validation {

		/**
		 * Whether rows are checked against the table's columns before appends and
		 * updates, and refused with SeaTableValidationException when SeaTable would
		 * silently drop or change a value (unknown column, wrong type, unreadable date,
		 * unknown select option, rating out of range, half a geolocation, read-only
		 * column). When false, rows are sent as given.
		 */
		private boolean enabled = true;

		/**
		 * How long the base's metadata (tables and columns) is reused for the checks
		 * before it is fetched again. Schema changes made through the template refresh it
		 * at once.
		 */
		private Duration metadataTtl = Duration.ofMinutes(5);

		/**
		 * Whether single- and multiple-select values that are not options of the column
		 * may be written; SeaTable then adds them to the column's options.
		 */
		private boolean allowNewSelectOptions = false;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getMetadataTtl() {
			return this.metadataTtl;
		}

		public void setMetadataTtl(Duration metadataTtl) {
			this.metadataTtl = metadataTtl;
		}

		public boolean isAllowNewSelectOptions() {
			return this.allowNewSelectOptions;
		}

		public void setAllowNewSelectOptions(boolean allowNewSelectOptions) {
			this.allowNewSelectOptions = allowNewSelectOptions;
		}

	}

	/** One further base. */
	public static class Base {

		/**
		 * API token of this base.
		 */
		private @Nullable String apiToken;

		/**
		 * Server of this base; defaults to seatable.server-url.
		 */
		private @Nullable URI serverUrl;

		/**
		 * Request time-out for this base; defaults to seatable.timeout.
		 */
		private @Nullable Duration timeout;

		/**
		 * Quota of this base; values not given fall back to seatable.rate-limit.*.
		 */
		private final BaseRateLimit rateLimit = new BaseRateLimit();

		public @Nullable String getApiToken() {
			return this.apiToken;
		}

		public void setApiToken(@Nullable String apiToken) {
			this.apiToken = apiToken;
		}

		public @Nullable URI getServerUrl() {
			return this.serverUrl;
		}

		public void setServerUrl(@Nullable URI serverUrl) {
			this.serverUrl = serverUrl;
		}

		public @Nullable Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(@Nullable Duration timeout) {
			this.timeout = timeout;
		}

		public BaseRateLimit getRateLimit() {
			return this.rateLimit;
		}

	}

	/** Quota overrides of one further base. */
	public static class BaseRateLimit {

		/**
		 * Whether the quota is enforced for this base.
		 */
		private @Nullable Boolean enabled;

		/**
		 * Most requests in any sliding 60-second window.
		 */
		private @Nullable Integer requestsPerMinute;

		/**
		 * Most requests in any sliding 24-hour window.
		 */
		private @Nullable Integer requestsPerDay;

		/**
		 * Longest a call waits for a per-minute permit.
		 */
		private @Nullable Duration maxWait;

		/**
		 * Most attempts of a request answered with 429.
		 */
		private @Nullable Integer retryOn429;

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable Integer getRequestsPerMinute() {
			return this.requestsPerMinute;
		}

		public void setRequestsPerMinute(@Nullable Integer requestsPerMinute) {
			this.requestsPerMinute = requestsPerMinute;
		}

		public @Nullable Integer getRequestsPerDay() {
			return this.requestsPerDay;
		}

		public void setRequestsPerDay(@Nullable Integer requestsPerDay) {
			this.requestsPerDay = requestsPerDay;
		}

		public @Nullable Duration getMaxWait() {
			return this.maxWait;
		}

		public void setMaxWait(@Nullable Duration maxWait) {
			this.maxWait = maxWait;
		}

		public @Nullable Integer getRetryOn429() {
			return this.retryOn429;
		}

		public void setRetryOn429(@Nullable Integer retryOn429) {
			this.retryOn429 = retryOn429;
		}

	}

}

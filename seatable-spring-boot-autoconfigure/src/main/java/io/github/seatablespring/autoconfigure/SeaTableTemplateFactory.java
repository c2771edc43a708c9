package io.github.seatablespring.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.seatablespring.auth.ApiTokenBaseTokenProvider;
import io.github.seatablespring.auth.BaseToken;
import io.github.seatablespring.auth.BaseTokenFilter;
import io.github.seatablespring.auth.BaseTokenProvider;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.http.ApiTokenFilter;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.http.FilesApiClient;
import io.github.seatablespring.http.RetryFilter;
import io.github.seatablespring.http.TransportFilter;
import io.github.seatablespring.observation.ObservedTemplates;
import io.github.seatablespring.observation.SeaTableBaseActivity;
import io.github.seatablespring.observation.SeaTableClientListener;
import io.github.seatablespring.observation.SeaTableOperationObservationConvention;
import io.github.seatablespring.ratelimit.MemoryQuotaStore;
import io.github.seatablespring.ratelimit.QuotaFilter;
import io.github.seatablespring.ratelimit.QuotaLimiter;
import io.github.seatablespring.ratelimit.QuotaStore;
import io.github.seatablespring.ratelimit.RateWindow;
import io.github.seatablespring.ratelimit.SlidingWindowRateLimiter;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the client stack of one base from its settings: a copy of Boot's
 * {@link WebClient.Builder}, the user's {@link SeaTableWebClientCustomizer}s, then
 * SeaTable's filters, outermost first: retry, base token, quota, time-out.
 */
public final class SeaTableTemplateFactory {

	/** SeaTable Cloud allows 60 base-token requests a minute. */
	static final int TOKEN_REQUESTS_PER_MINUTE = 60;

	/**
	 * SeaTable Cloud allows 300 web operations ({@code /api/v2.1/*}, where the file
	 * operations live) a minute and sets no daily limit for them; they do not count
	 * against the base operations' 5,000 a day, so they get their own minute window
	 * instead of the base's quota.
	 */
	static final int WEB_REQUESTS_PER_MINUTE = 300;

	/**
	 * Least time-out of an upload, which ends only when the whole file is sent: 20 MB
	 * take longer than a typical {@code seatable.timeout} on a slow line.
	 */
	static final Duration MIN_UPLOAD_TIMEOUT = Duration.ofMinutes(5);

	/**
	 * Wait before the second attempt after a 429 without reset header; doubled for each
	 * further attempt.
	 */
	static final Duration INITIAL_BACKOFF = Duration.ofSeconds(1);

	/**
	 * Largest answer read into memory. A page of 10,000 SQL rows or 1,000 listed rows is
	 * easily several MB, far above WebClient's default of 256 KB; customizers may still
	 * change it.
	 */
	public static final int MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

	private final WebClient.Builder webClientBuilder;

	private final List<SeaTableWebClientCustomizer> customizers;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	private final QuotaWindows windows;

	/** Holds the token and web-operation limits, which are this instance's own. */
	private final MemoryQuotaStore localQuotas;

	/**
	 * Holds the bases' quotas: {@link #localQuotas}, or a store shared by every instance.
	 */
	private final QuotaStore baseQuotas;

	/** The quota of every base whose UUID is known, by server and UUID. */
	private final Map<String, QuotaLimiter> quotasByBase = new ConcurrentHashMap<>();

	private final List<SeaTableClientListener> listeners;

	private final ObservationRegistry observationRegistry;

	private final @Nullable SeaTableOperationObservationConvention operationConvention;

	public SeaTableTemplateFactory(WebClient.Builder webClientBuilder, List<SeaTableWebClientCustomizer> customizers,
			JsonMapper jsonMapper, Clock clock) {
		this(webClientBuilder, customizers, jsonMapper, clock, QuotaWindows.DEFAULT, null);
	}

	/**
	 * A factory whose bases' quotas live in {@code baseQuotas} (the in-memory store when
	 * {@code null}).
	 */
	public SeaTableTemplateFactory(WebClient.Builder webClientBuilder, List<SeaTableWebClientCustomizer> customizers,
			JsonMapper jsonMapper, Clock clock, QuotaWindows windows, @Nullable QuotaStore baseQuotas) {
		this(webClientBuilder, customizers, jsonMapper, clock, windows, baseQuotas, List.of(), ObservationRegistry.NOOP,
				null);
	}

	/**
	 * @param webClientBuilder Boot's builder, copied for every base
	 * @param customizers the application's customizers of every base's builder
	 * @param jsonMapper the application's JSON mapper
	 * @param clock the clock of quotas, tokens and caches
	 * @param windows the lengths of the quota's windows
	 * @param baseQuotas the store of the bases' quotas, or {@code null} for the in-memory
	 * one
	 * @param listeners told of quota, retry and token events (the meters)
	 * @param observationRegistry the registry of the {@code seatable.operation}
	 * observations
	 * @param operationConvention a custom convention of those observations, or
	 * {@code null}
	 */
	public SeaTableTemplateFactory(WebClient.Builder webClientBuilder, List<SeaTableWebClientCustomizer> customizers,
			JsonMapper jsonMapper, Clock clock, QuotaWindows windows, @Nullable QuotaStore baseQuotas,
			List<SeaTableClientListener> listeners, ObservationRegistry observationRegistry,
			@Nullable SeaTableOperationObservationConvention operationConvention) {
		this.listeners = List.copyOf(listeners);
		this.observationRegistry = observationRegistry;
		this.operationConvention = operationConvention;
		this.webClientBuilder = webClientBuilder;
		this.customizers = List.copyOf(customizers);
		this.jsonMapper = jsonMapper;
		this.clock = clock;
		this.windows = windows;
		this.localQuotas = new MemoryQuotaStore(clock, windows.safetyMargin());
		this.baseQuotas = (baseQuotas != null) ? baseQuotas : this.localQuotas;
	}

	/** A base's template with its own token, quota and retries. */
	public Base create(SeaTableBaseSettings settings) {
		String name = settings.name();
		WebClient.Builder builder = builder(settings);
		SeaTableBaseActivity activity = new SeaTableBaseActivity(this.clock);
		SeaTableClientListener listener = listener(activity);
		RetryFilter retry = new RetryFilter(name, settings.retryOn429(), INITIAL_BACKOFF, settings.maxWait(), listener);
		TransportFilter transport = new TransportFilter(settings.timeout());

		SlidingWindowRateLimiter tokenLimiter = this.localQuotas.limiter(name + "-token",
				List.of(RateWindow.waiting("token minute", TOKEN_REQUESTS_PER_MINUTE, this.windows.minute())));
		WebClient tokenClient = builder.clone().filters((filters) -> {
			filters.add(retry);
			filters.add(new QuotaFilter(name, tokenLimiter, settings.maxWait(), listener));
			filters.add(transport);
		}).build();
		ApiTokenBaseTokenProvider tokens = new ApiTokenBaseTokenProvider(tokenClient, settings.apiToken(),
				settings.refreshBeforeExpiry(), this.clock, name, listener);
		QuotaLimiter quota = settings.rateLimitEnabled() ? newQuota(settings) : null;
		BaseTokenProvider sharing = (quota != null) ? shareQuotaOnFirstToken(settings, tokens, quota) : tokens;
		return create(settings, builder, retry, transport, sharing, quota,
				filesClient(name, settings, builder, retry, transport, listener), listener, activity);
	}

	/**
	 * A base's template whose base token comes from {@code tokens} (for example through
	 * an account token) instead of an API token; {@code settings.apiToken()} is not used.
	 * It shares its quota with every other template of the same base (server and UUID)
	 * this factory made, and has no file operations, which need an API token.
	 * @param settings the base's settings
	 * @param tokens where its base tokens come from
	 * @param baseUuid the base's UUID
	 */
	public Base create(SeaTableBaseSettings settings, BaseTokenProvider tokens, String baseUuid) {
		WebClient.Builder builder = builder(settings);
		SeaTableBaseActivity activity = new SeaTableBaseActivity(this.clock);
		SeaTableClientListener listener = listener(activity);
		RetryFilter retry = new RetryFilter(settings.name(), settings.retryOn429(), INITIAL_BACKOFF, settings.maxWait(),
				listener);
		QuotaLimiter quota = settings.rateLimitEnabled()
				? this.quotasByBase.computeIfAbsent(quotaKey(settings, baseUuid), (key) -> newQuota(settings)) : null;
		return create(settings, builder, retry, new TransportFilter(settings.timeout()), tokens, quota, null, listener,
				activity);
	}

	private WebClient.Builder builder(SeaTableBaseSettings settings) {
		WebClient.Builder builder = this.webClientBuilder.clone()
			.baseUrl(settings.serverUrl().toString())
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_RESPONSE_BYTES));
		this.customizers.forEach((customizer) -> customizer.customize(settings.name(), builder));
		return builder;
	}

	private Base create(SeaTableBaseSettings settings, WebClient.Builder builder, RetryFilter retry,
			TransportFilter transport, BaseTokenProvider tokens, @Nullable QuotaLimiter quota,
			@Nullable FilesApiClient files, SeaTableClientListener listener, SeaTableBaseActivity activity) {
		WebClient apiClient = builder.clone().filters((filters) -> {
			filters.add(retry);
			filters.add(new BaseTokenFilter(tokens));
			if (quota != null) {
				filters.add(new QuotaFilter(settings.name(), quota, settings.maxWait(), listener));
			}
			filters.add(transport);
		}).build();
		ReactiveSeaTableTemplate template = new ReactiveSeaTableTemplate(
				new BaseApiClient(apiClient, settings.serverUrl(), () -> tokens.getToken().map(BaseToken::baseUuid)),
				files, this.jsonMapper, settings.validation(), this.clock);
		// the gateway's ping needs neither token nor quota: a health check must not spend
		// either
		WebClient unauthenticated = builder.clone().filters((filters) -> filters.add(transport)).build();
		return new Base(settings, ObservedTemplates.observe(template, settings.name(), this.observationRegistry,
				this.operationConvention), quota, tokens, unauthenticated, activity);
	}

	/** The application's listeners and the base's own memory of its activity. */
	private SeaTableClientListener listener(SeaTableBaseActivity activity) {
		List<SeaTableClientListener> listeners = new ArrayList<>(this.listeners);
		listeners.add(activity);
		return SeaTableClientListener.of(listeners);
	}

	private QuotaLimiter newQuota(SeaTableBaseSettings settings) {
		return this.baseQuotas.limiter(settings.name(),
				List.of(RateWindow.waiting("minute", settings.requestsPerMinute(), this.windows.minute()),
						RateWindow.failingFast("day", settings.requestsPerDay(), this.windows.day())));
	}

	/**
	 * A configured base learns its UUID with its first token; from then on a base reached
	 * another way (through the account) finds its quota under that UUID and shares it. (A
	 * shared store keys the counts by server and UUID anyway; this shares them within one
	 * instance.)
	 */
	private BaseTokenProvider shareQuotaOnFirstToken(SeaTableBaseSettings settings, BaseTokenProvider tokens,
			QuotaLimiter quota) {
		return new BaseTokenProvider() {

			@Override
			public Mono<BaseToken> getToken() {
				return tokens.getToken()
					.doOnNext((token) -> SeaTableTemplateFactory.this.quotasByBase
						.putIfAbsent(quotaKey(settings, token.baseUuid()), quota));
			}

			@Override
			public Optional<BaseToken> currentToken() {
				return tokens.currentToken();
			}

			@Override
			public void invalidate(BaseToken token) {
				tokens.invalidate(token);
			}

		};
	}

	private static String quotaKey(SeaTableBaseSettings settings, String baseUuid) {
		URI server = settings.serverUrl();
		return server.getScheme() + "://" + server.getHost().toLowerCase(Locale.ROOT) + ":" + server.getPort() + "/"
				+ baseUuid;
	}

	/**
	 * The file operations' client: the API token (added only to the server's
	 * {@code /api/v2.1/dtable/} paths), retries and the web-operations limit. Uploads go
	 * through a second client without any token, because the upload link, possibly on
	 * another host, is itself the credential; it is not retried either, since a stream
	 * cannot be sent twice.
	 */
	private FilesApiClient filesClient(String name, SeaTableBaseSettings settings, WebClient.Builder builder,
			RetryFilter retry, TransportFilter transport, SeaTableClientListener listener) {
		SlidingWindowRateLimiter webLimiter = settings.rateLimitEnabled()
				? this.localQuotas.limiter(name + "-files",
						List.of(RateWindow.waiting("web minute", WEB_REQUESTS_PER_MINUTE, this.windows.minute())))
				: null;
		WebClient apiClient = builder.clone().filters((filters) -> {
			filters.add(retry);
			filters.add(new ApiTokenFilter(settings.serverUrl(), settings.apiToken()));
			if (webLimiter != null) {
				filters.add(new QuotaFilter(name, webLimiter, settings.maxWait(), listener));
			}
			filters.add(transport);
		}).build();
		Duration uploadTimeout = (settings.timeout().compareTo(MIN_UPLOAD_TIMEOUT) > 0) ? settings.timeout()
				: MIN_UPLOAD_TIMEOUT;
		WebClient uploadClient = builder.clone()
			.filters((filters) -> filters.add(new TransportFilter(uploadTimeout)))
			.build();
		return new FilesApiClient(settings.serverUrl(), apiClient, uploadClient);
	}

	/**
	 * A configured base.
	 *
	 * @param settings its settings
	 * @param template its reactive template
	 * @param quota its client-side quota, or {@code null} when disabled
	 * @param tokens its base-token provider
	 * @param unauthenticated a client of its server without token, quota or retries, for
	 * the gateway's ping
	 * @param activity what its client remembers (the last 429)
	 */
	public record Base(SeaTableBaseSettings settings, ReactiveSeaTableTemplate template, @Nullable QuotaLimiter quota,
			BaseTokenProvider tokens, WebClient unauthenticated, SeaTableBaseActivity activity) {
	}

	/**
	 * The lengths of the quota's windows ({@code seatable.rate-limit.minute-window},
	 * {@code day-window}) and the margin added to each.
	 *
	 * @param minute the window of requests-per-minute
	 * @param day the window of requests-per-day
	 * @param safetyMargin added to every window against network jitter
	 */
	public record QuotaWindows(Duration minute, Duration day, Duration safetyMargin) {

		/** SeaTable's windows: 60 s and 24 h, each with 250 ms of margin. */
		public static final QuotaWindows DEFAULT = new QuotaWindows(Duration.ofMinutes(1), Duration.ofDays(1),
				SlidingWindowRateLimiter.SAFETY_MARGIN);

	}

}

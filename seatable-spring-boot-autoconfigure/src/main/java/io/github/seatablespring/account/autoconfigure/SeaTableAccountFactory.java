package io.github.seatablespring.account.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.github.seatablespring.account.AccountBaseFactory;
import io.github.seatablespring.account.ReactiveSeaTableAccountTemplate;
import io.github.seatablespring.account.auth.AccountTokenFilter;
import io.github.seatablespring.account.auth.AccountTokenProvider;
import io.github.seatablespring.account.http.AccountApiClient;
import io.github.seatablespring.auth.CachingBaseTokenProvider;
import io.github.seatablespring.autoconfigure.SeaTableBaseSettings;
import io.github.seatablespring.autoconfigure.SeaTableProperties;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.autoconfigure.SeaTableWebClientCustomizer;
import io.github.seatablespring.core.RowValidation;
import io.github.seatablespring.http.RetryFilter;
import io.github.seatablespring.http.TransportFilter;
import io.github.seatablespring.ratelimit.QuotaFilter;
import io.github.seatablespring.ratelimit.RateWindow;
import io.github.seatablespring.ratelimit.SlidingWindowRateLimiter;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the client stack of the account from its settings, the way
 * {@link SeaTableTemplateFactory} builds a base's: a copy of Boot's
 * {@link WebClient.Builder}, the user's {@link SeaTableWebClientCustomizer}s (called with
 * the name {@value #NAME}), then retry, account token, the account's quota and time-out.
 * The login has a client of its own with SeaTable's limit of 60 logins a minute.
 */
public final class SeaTableAccountFactory {

	/** Name of the account's client, for customizers, limiters and retries. */
	public static final String NAME = "account";

	/** SeaTable allows 60 requests to {@code /api2/auth-token/} a minute. */
	static final int LOGINS_PER_MINUTE = 60;

	private final WebClient.Builder webClientBuilder;

	private final List<SeaTableWebClientCustomizer> customizers;

	private final SeaTableTemplateFactory templateFactory;

	private final Clock clock;

	public SeaTableAccountFactory(WebClient.Builder webClientBuilder, List<SeaTableWebClientCustomizer> customizers,
			SeaTableTemplateFactory templateFactory, Clock clock) {
		this.webClientBuilder = webClientBuilder;
		this.customizers = List.copyOf(customizers);
		this.templateFactory = templateFactory;
		this.clock = clock;
	}

	/**
	 * The account's reactive template; bad properties fail here, naming the property to
	 * fix.
	 */
	public ReactiveSeaTableAccountTemplate create(SeaTableProperties properties, SeaTableAccountProperties account) {
		check(properties, account);
		SeaTableProperties.RateLimit limits = properties.getRateLimit();
		WebClient.Builder builder = this.webClientBuilder.clone()
			.baseUrl(properties.getServerUrl().toString())
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(SeaTableTemplateFactory.MAX_RESPONSE_BYTES));
		this.customizers.forEach((customizer) -> customizer.customize(NAME, builder));
		RetryFilter retry = new RetryFilter(NAME, limits.getRetryOn429(), Duration.ofSeconds(1), limits.getMaxWait());
		TransportFilter transport = new TransportFilter(properties.getTimeout());
		AccountTokenProvider tokens = tokens(account, builder, retry, transport, limits.getMaxWait());
		SlidingWindowRateLimiter quota = new SlidingWindowRateLimiter(NAME, List.of(RateWindow.waiting("account minute",
				account.getRateLimit().getRequestsPerMinute(), Duration.ofMinutes(1))), limits.getMaxWait(),
				this.clock);
		WebClient client = builder.clone().filters((filters) -> {
			filters.add(retry);
			filters.add(new AccountTokenFilter(tokens));
			filters.add(new QuotaFilter(NAME, quota, limits.getMaxWait()));
			filters.add(transport);
		}).build();
		return new ReactiveSeaTableAccountTemplate(new AccountApiClient(client, properties.getServerUrl()), this.clock,
				baseFactory(properties));
	}

	private AccountTokenProvider tokens(SeaTableAccountProperties account, WebClient.Builder builder, RetryFilter retry,
			TransportFilter transport, Duration maxWait) {
		if (StringUtils.hasText(account.getToken())) {
			return AccountTokenProvider.of(account.getToken());
		}
		SlidingWindowRateLimiter logins = new SlidingWindowRateLimiter(NAME + "-login",
				List.of(RateWindow.waiting("login minute", LOGINS_PER_MINUTE, Duration.ofMinutes(1))), maxWait,
				this.clock);
		WebClient loginClient = builder.clone().filters((filters) -> {
			filters.add(retry);
			filters.add(new QuotaFilter(NAME, logins, maxWait));
			filters.add(transport);
		}).build();
		return AccountTokenProvider.login(loginClient, account.getUsername(), account.getPassword());
	}

	/**
	 * Bases reached through the account get the top-level settings of {@code seatable.*}.
	 */
	private AccountBaseFactory baseFactory(SeaTableProperties properties) {
		return (workspaceId, baseName, fetch) -> {
			SeaTableBaseSettings settings = settings(properties, NAME + ":" + workspaceId + "/" + baseName);
			CachingBaseTokenProvider tokens = new CachingBaseTokenProvider(fetch, settings.refreshBeforeExpiry(),
					this.clock);
			return tokens.getToken()
				.map((first) -> this.templateFactory.create(settings, tokens, first.baseUuid()).template());
		};
	}

	private static SeaTableBaseSettings settings(SeaTableProperties properties, String name) {
		SeaTableProperties.RateLimit limits = properties.getRateLimit();
		SeaTableProperties.Validation validation = properties.getValidation();
		// no API token: this base's tokens come through the account
		return new SeaTableBaseSettings(name, properties.getServerUrl(), "", properties.getTimeout(),
				properties.getToken().getRefreshBeforeExpiry(), limits.isEnabled(), limits.getRequestsPerMinute(),
				limits.getRequestsPerDay(), limits.getMaxWait(), limits.getRetryOn429(), new RowValidation(
						validation.isEnabled(), validation.getMetadataTtl(), validation.isAllowNewSelectOptions()));
	}

	private static void check(SeaTableProperties properties, SeaTableAccountProperties account) {
		URI server = properties.getServerUrl();
		if (server.getHost() == null || !("https".equals(server.getScheme()) || "http".equals(server.getScheme()))) {
			throw new InvalidConfigurationPropertyValueException("seatable.server-url", server,
					"Use the server's absolute http(s) URL, for example https://cloud.seatable.io");
		}
		boolean login = StringUtils.hasText(account.getUsername());
		if (login && StringUtils.hasText(account.getToken())) {
			throw new InvalidConfigurationPropertyValueException("seatable.account.token", "<hidden>",
					"Set either seatable.account.token or seatable.account.username and password, not both");
		}
		if (login && !StringUtils.hasText(account.getPassword())) {
			throw new InvalidConfigurationPropertyValueException("seatable.account.password", "<hidden>",
					"seatable.account.username is set, so the account's password is needed too");
		}
		if (account.getRateLimit().getRequestsPerMinute() < 1) {
			throw new InvalidConfigurationPropertyValueException("seatable.account.rate-limit.requests-per-minute",
					account.getRateLimit().getRequestsPerMinute(), "Must be at least 1");
		}
	}

}

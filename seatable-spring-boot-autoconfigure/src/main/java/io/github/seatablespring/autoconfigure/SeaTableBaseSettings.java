package io.github.seatablespring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.seatablespring.core.RowValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.StringUtils;

/**
 * The complete, checked settings of one base: the base's own properties with the top-level ones
 * filled in. Bad values fail at startup with the property name and what to fix.
 *
 * @param name the base name ({@value #DEFAULT_BASE} for the top-level {@code seatable.api-token})
 * @param serverUrl the server
 * @param apiToken the API token; never printed
 * @param timeout time-out of one request
 * @param refreshBeforeExpiry how long before expiry the base token is replaced
 * @param rateLimitEnabled whether the client-side quota is enforced
 * @param requestsPerMinute most requests in any 60-second window
 * @param requestsPerDay most requests in any 24-hour window
 * @param maxWait longest wait for a per-minute permit
 * @param retryOn429 most attempts of a request answered with 429
 * @param validation how rows are checked before they are written ({@code seatable.validation.*})
 */
public record SeaTableBaseSettings(String name, URI serverUrl, String apiToken, Duration timeout,
		Duration refreshBeforeExpiry, boolean rateLimitEnabled, int requestsPerMinute, int requestsPerDay,
		Duration maxWait, int retryOn429, RowValidation validation) {

	/** Name of the base configured by the top-level {@code seatable.api-token}. */
	public static final String DEFAULT_BASE = "default";

	/** Settings with the default row validation ({@link RowValidation#DEFAULTS}). */
	public SeaTableBaseSettings(String name, URI serverUrl, String apiToken, Duration timeout,
			Duration refreshBeforeExpiry, boolean rateLimitEnabled, int requestsPerMinute, int requestsPerDay,
			Duration maxWait, int retryOn429) {
		this(name, serverUrl, apiToken, timeout, refreshBeforeExpiry, rateLimitEnabled, requestsPerMinute,
				requestsPerDay, maxWait, retryOn429, RowValidation.DEFAULTS);
	}

	/** Resolves and checks every configured base, the default one first. */
	public static Map<String, SeaTableBaseSettings> of(SeaTableProperties properties) {
		Map<String, SeaTableBaseSettings> bases = new LinkedHashMap<>();
		SeaTableProperties.RateLimit limits = properties.getRateLimit();
		RowValidation validation = validation(properties.getValidation());
		if (StringUtils.hasText(properties.getApiToken())) {
			bases.put(DEFAULT_BASE, check("seatable", new SeaTableBaseSettings(DEFAULT_BASE, properties.getServerUrl(),
					properties.getApiToken(), properties.getTimeout(), properties.getToken().getRefreshBeforeExpiry(),
					limits.isEnabled(), limits.getRequestsPerMinute(), limits.getRequestsPerDay(),
					limits.getMaxWait(), limits.getRetryOn429(), validation)));
		}
		properties.getBases().forEach((name, base) -> {
			String prefix = "seatable.bases." + name;
			if (bases.containsKey(name)) {
				throw new InvalidConfigurationPropertyValueException(prefix, name,
						"'" + DEFAULT_BASE + "' is the name of the base of seatable.api-token; choose another name");
			}
			if (base.getApiToken() == null) {
				throw new InvalidConfigurationPropertyValueException(prefix + ".api-token", null,
						"Every base under seatable.bases needs an api-token");
			}
			SeaTableProperties.BaseRateLimit own = base.getRateLimit();
			bases.put(name, check(prefix, new SeaTableBaseSettings(name,
					or(base.getServerUrl(), properties.getServerUrl()), base.getApiToken(),
					or(base.getTimeout(), properties.getTimeout()), properties.getToken().getRefreshBeforeExpiry(),
					or(own.getEnabled(), limits.isEnabled()),
					or(own.getRequestsPerMinute(), limits.getRequestsPerMinute()),
					or(own.getRequestsPerDay(), limits.getRequestsPerDay()), or(own.getMaxWait(), limits.getMaxWait()),
					or(own.getRetryOn429(), limits.getRetryOn429()), validation)));
		});
		return bases;
	}

	/**
	 * Settings of a base registered at run time with an API token the application obtained: the
	 * top-level settings of {@code properties} with that token.
	 * @throws IllegalArgumentException if the token is blank or holds spaces
	 */
	public static SeaTableBaseSettings of(String name, String apiToken, SeaTableProperties properties) {
		if (!StringUtils.hasText(apiToken) || apiToken.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("The API token of base '" + name + "' must not be empty or contain spaces");
		}
		SeaTableProperties.RateLimit limits = properties.getRateLimit();
		return new SeaTableBaseSettings(name, properties.getServerUrl(), apiToken, properties.getTimeout(),
				properties.getToken().getRefreshBeforeExpiry(), limits.isEnabled(), limits.getRequestsPerMinute(),
				limits.getRequestsPerDay(), limits.getMaxWait(), limits.getRetryOn429(),
				validation(properties.getValidation()));
	}

	private static RowValidation validation(SeaTableProperties.Validation validation) {
		if (validation.getMetadataTtl() == null || validation.getMetadataTtl().isNegative()) {
			throw invalid("seatable.validation.metadata-ttl", String.valueOf(validation.getMetadataTtl()),
					"Must be zero (fetch for every write) or a positive duration such as 5m");
		}
		return new RowValidation(validation.isEnabled(), validation.getMetadataTtl(),
				validation.isAllowNewSelectOptions());
	}

	private static SeaTableBaseSettings check(String prefix, SeaTableBaseSettings base) {
		String scheme = base.serverUrl().getScheme();
		if (!("https".equals(scheme) || "http".equals(scheme)) || base.serverUrl().getHost() == null) {
			throw invalid(prefix + ".server-url", base.serverUrl(),
					"Use the server's absolute http(s) URL, for example https://cloud.seatable.io");
		}
		String path = base.serverUrl().getPath();
		if (path != null && !path.isEmpty() && !"/".equals(path)) {
			throw invalid(prefix + ".server-url", base.serverUrl(),
					"Give the server URL without a path; the client adds /api-gateway/... itself");
		}
		if (base.apiToken().isBlank() || base.apiToken().chars().anyMatch(Character::isWhitespace)) {
			// the value itself is never echoed: it is a secret
			throw invalid(prefix + ".api-token", "<hidden>",
					"The API token must not be empty or contain spaces; copy it from the base's API token dialog");
		}
		requirePositive(prefix + ".timeout", base.timeout());
		if (base.refreshBeforeExpiry().isNegative()) {
			throw invalid("seatable.token.refresh-before-expiry", base.refreshBeforeExpiry(), "Must not be negative");
		}
		String limits = prefix.equals("seatable") ? "seatable.rate-limit" : prefix + ".rate-limit";
		if (base.requestsPerMinute() < 1) {
			throw invalid(limits + ".requests-per-minute", base.requestsPerMinute(), "Must be at least 1");
		}
		if (base.requestsPerDay() < 1) {
			throw invalid(limits + ".requests-per-day", base.requestsPerDay(), "Must be at least 1");
		}
		if (base.maxWait().isNegative()) {
			throw invalid(limits + ".max-wait", base.maxWait(), "Must not be negative");
		}
		if (base.retryOn429() < 1) {
			throw invalid(limits + ".retry-on-429", base.retryOn429(),
					"Must be at least 1 (the first attempt); 1 turns retrying off");
		}
		return base;
	}

	private static void requirePositive(String property, Duration value) {
		if ((value.isNegative() || value.isZero())) {
			throw invalid(property, value, "Must be a positive duration such as 30s");
		}
	}

	private static InvalidConfigurationPropertyValueException invalid(String property, Object value, String reason) {
		return new InvalidConfigurationPropertyValueException(property, value, reason);
	}

	private static <T> T or(@Nullable T value, T fallback) {
		return Objects.requireNonNullElse(value, fallback);
	}

	@Override
	public String toString() {
		return "SeaTableBaseSettings[name=" + this.name + ", serverUrl=" + this.serverUrl
				+ ", apiToken=<redacted>, timeout=" + this.timeout + ", refreshBeforeExpiry=" + this.refreshBeforeExpiry
				+ ", rateLimitEnabled=" + this.rateLimitEnabled + ", requestsPerMinute=" + this.requestsPerMinute
				+ ", requestsPerDay=" + this.requestsPerDay + ", maxWait=" + this.maxWait + ", retryOn429="
				+ this.retryOn429 + ", validation=" + this.validation + "]";
	}

}

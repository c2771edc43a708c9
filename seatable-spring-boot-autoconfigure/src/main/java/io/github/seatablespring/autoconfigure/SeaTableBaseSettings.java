package io.github.seatablespring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.seatablespring.core.RowValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.StringUtils;

/**
 * The complete, checked settings of one base: the base's own properties with the
 * top-level ones filled in. Bad values fail at startup with the property name and what to
 * fix.
 *
 * @param name the base name ({@value #DEFAULT_BASE} for the top-level
 * {@code seatable.api-token})
 * @param serverUrl the server
 * @param apiToken the API token; never printed
 * @param timeout time-out of one request
 * @param refreshBeforeExpiry how long before expiry the base token is replaced
 * @param rateLimitEnabled whether the client-side quota is enforced
 * @param requestsPerMinute most requests in any 60-second window
 * @param requestsPerDay most requests in any 24-hour window
 * @param maxWait longest wait for a per-minute permit
 * @param retryOn429 most attempts of a request answered with 429
 * @param validation how rows are checked before they are written
 * ({@code seatable.validation.*})
 */
public record SeaTableBaseSettings(String name, URI serverUrl, String apiToken, Duration timeout,
		Duration refreshBeforeExpiry, boolean rateLimitEnabled, int requestsPerMinute, int requestsPerDay,
		Duration maxWait, int retryOn429, RowValidation validation) {

	/**
	 * An unresolved {@code ${NAME}} or {@code ${NAME:default}} placeholder; the name is
	 * group 1.
	 */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)");

	/** Name of the base configured by the top-level {@code seatable.api-token}. */
	public static final String DEFAULT_BASE = "default";

	/** Settings with the default row validation ({@link RowValidation#DEFAULTS}). */
	public SeaTableBaseSettings(String name, URI serverUrl, String apiToken, Duration timeout,
			Duration refreshBeforeExpiry, boolean rateLimitEnabled, int requestsPerMinute, int requestsPerDay,
			Duration maxWait, int retryOn429) {
		this(name, serverUrl, apiToken, timeout, refreshBeforeExpiry, rateLimitEnabled, requestsPerMinute,
				requestsPerDay, maxWait, retryOn429, RowValidation.DEFAULTS);
	}

	/**
	 * Resolves and checks every configured base, the default one first, after checking in
	 * the environment that no {@code server-url} is set to an empty value (which binding
	 * alone would take as unset, falling back to SeaTable Cloud).
	 */
	public static Map<String, SeaTableBaseSettings> of(SeaTableProperties properties, Binder binder) {
		List<String> prefixes = new ArrayList<>();
		prefixes.add("seatable");
		properties.getBases().keySet().forEach((name) -> prefixes.add("seatable.bases." + name));
		for (String prefix : prefixes) {
			String property = prefix + ".server-url";
			String value = binder.bind(property, Bindable.of(String.class), BindHandler.DEFAULT).orElse(null);
			if (value != null && value.isBlank()) {
				checkServerUrl(property, null);
			}
		}
		return of(properties);
	}

	/** Resolves and checks every configured base, the default one first. */
	public static Map<String, SeaTableBaseSettings> of(SeaTableProperties properties) {
		Map<String, SeaTableBaseSettings> bases = new LinkedHashMap<>();
		SeaTableProperties.RateLimit limits = properties.getRateLimit();
		RowValidation validation = validation(properties.getValidation());
		if (StringUtils.hasText(properties.getApiToken())) {
			bases.put(DEFAULT_BASE,
					check("seatable",
							new SeaTableBaseSettings(DEFAULT_BASE, properties.getServerUrl(), properties.getApiToken(),
									properties.getTimeout(), properties.getToken().getRefreshBeforeExpiry(),
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
				throw new InvalidSeaTablePropertyException(prefix + ".api-token", null,
						"Every base under seatable.bases needs an api-token", "Set " + prefix + ".api-token");
			}
			SeaTableProperties.BaseRateLimit own = base.getRateLimit();
			bases.put(name,
					check(prefix, new SeaTableBaseSettings(name, or(base.getServerUrl(), properties.getServerUrl()),
							base.getApiToken(), or(base.getTimeout(), properties.getTimeout()),
							properties.getToken().getRefreshBeforeExpiry(), or(own.getEnabled(), limits.isEnabled()),
							or(own.getRequestsPerMinute(), limits.getRequestsPerMinute()),
							or(own.getRequestsPerDay(), limits.getRequestsPerDay()),
							or(own.getMaxWait(), limits.getMaxWait()), or(own.getRetryOn429(), limits.getRetryOn429()),
							validation)));
		});
		return bases;
	}

	/**
	 * Settings of a base registered at run time with an API token the application
	 * obtained: the top-level settings of {@code properties} with that token.
	 * @throws IllegalArgumentException if the token is blank or holds spaces
	 */
	public static SeaTableBaseSettings of(String name, String apiToken, SeaTableProperties properties) {
		if (!StringUtils.hasText(apiToken) || apiToken.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException(
					"The API token of base '" + name + "' must not be empty or contain spaces");
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
		checkServerUrl(prefix + ".server-url", base.serverUrl());
		checkApiToken(prefix + ".api-token", base.apiToken());
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

	/**
	 * The URL may hold a password (user-info) or a secret query: it is shown only when it
	 * holds neither.
	 */
	private static void checkServerUrl(String property, @Nullable URI url) {
		String example = "for example https://cloud.seatable.io";
		if (url == null || url.toString().isBlank()) {
			throw new InvalidSeaTablePropertyException(property, "", "The server URL is empty",
					"Set the SeaTable server's URL, " + example + ", or remove the property to use SeaTable Cloud");
		}
		if (url.getRawUserInfo() != null) {
			throw new InvalidSeaTablePropertyException(property, null, "The server URL contains user information",
					"Remove 'user:password@' from the URL: the client authenticates with the API token");
		}
		if (url.getRawQuery() != null || url.getRawFragment() != null) {
			throw new InvalidSeaTablePropertyException(property, null, "The server URL contains a query or a fragment",
					"Give the server's URL without '?...' or '#...', " + example);
		}
		String scheme = url.getScheme();
		if (!("https".equals(scheme) || "http".equals(scheme)) || url.getHost() == null) {
			throw invalid(property, url, "Use the server's absolute http(s) URL, " + example);
		}
		String path = url.getPath();
		if (path != null && !path.isEmpty() && !"/".equals(path)) {
			throw invalid(property, url, "Give the server URL without a path; the client adds /api-gateway/... itself");
		}
	}

	/**
	 * The token is never shown, whole or in part; an unresolved placeholder is named,
	 * since it is no secret.
	 */
	private static void checkApiToken(String property, String token) {
		Matcher placeholder = PLACEHOLDER.matcher(token.strip());
		if (placeholder.find()) {
			String variable = placeholder.group(1);
			throw new InvalidSeaTablePropertyException(property, null,
					"The API token is the unresolved placeholder ${" + variable + "}",
					"Set the environment variable or property '" + variable + "' to the base's API token, "
							+ "or give a default with ${" + variable + ":...}");
		}
		if (token.isBlank() || token.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidSeaTablePropertyException(property, null,
					"The API token must not be empty or contain spaces, tabs or line breaks",
					"Copy it again from the base's API token dialog; check that the environment variable or file "
							+ "it comes from has no trailing newline");
		}
	}

	private static void requirePositive(String property, Duration value) {
		if ((value.isNegative() || value.isZero())) {
			throw invalid(property, value, "Must be a positive duration such as 30s");
		}
	}

	private static InvalidConfigurationPropertyValueException invalid(String property, Object value, String reason) {
		return new InvalidSeaTablePropertyException(property, value, reason, "Change " + property);
	}

	private static <T> T or(@Nullable T value, T fallback) {
		return Objects.requireNonNullElse(value, fallback);
	}

	@Override
	public String toString() {
		// only the scheme, host and port: user-info and query may hold secrets
		String server = this.serverUrl.getScheme() + "://" + this.serverUrl.getHost()
				+ ((this.serverUrl.getPort() != -1) ? ":" + this.serverUrl.getPort() : "");
		return "SeaTableBaseSettings[name=" + this.name + ", serverUrl=" + server + ", apiToken=<redacted>, timeout="
				+ this.timeout + ", refreshBeforeExpiry=" + this.refreshBeforeExpiry + ", rateLimitEnabled="
				+ this.rateLimitEnabled + ", requestsPerMinute=" + this.requestsPerMinute + ", requestsPerDay="
				+ this.requestsPerDay + ", maxWait=" + this.maxWait + ", retryOn429=" + this.retryOn429
				+ ", validation=" + this.validation + "]";
	}

}

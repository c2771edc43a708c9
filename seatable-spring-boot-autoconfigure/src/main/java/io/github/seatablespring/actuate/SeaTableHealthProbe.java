package io.github.seatablespring.actuate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.seatablespring.SeaTableAuthenticationException;
import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.auth.BaseToken;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.ratelimit.RateWindow;
import io.github.seatablespring.ratelimit.QuotaLimiter;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;

/**
 * Checks one base: its base token is held or can be obtained (the token endpoint has its
 * own limit, separate from the base's quota), and the API gateway answers its
 * unauthenticated ping, which no quota counts. The result is cached for an interval, so
 * that however often the health endpoint is polled the base causes at most one ping per
 * interval. Details name the server, the base and its token's expiry, and the quota left;
 * never a token.
 */
public final class SeaTableHealthProbe {

	/** The gateway's ping; it answers {@code {"ret": "pong"}} without authentication. */
	static final String PING_PATH = "/api-gateway/api/v2/ping/";

	private final SeaTableTemplateFactory.Base base;

	private final Mono<Health> health;

	/**
	 * @param base the base to check
	 * @param interval how long a result is reused
	 */
	public SeaTableHealthProbe(SeaTableTemplateFactory.Base base, Duration interval) {
		this.base = base;
		this.health = Mono.defer(this::check).cache((result) -> interval, (ex) -> Duration.ZERO, () -> Duration.ZERO);
	}

	/** The base's health, from the cache when checked less than an interval ago. */
	public Mono<Health> health() {
		return this.health;
	}

	/**
	 * Longest time a check may take: a token exchange and a ping, each bounded by
	 * {@code seatable.timeout}.
	 */
	public Duration deadline() {
		return this.base.settings().timeout().multipliedBy(2).plusSeconds(1);
	}

	private Mono<Health> check() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("server", this.base.settings().serverUrl().toString());
		return this.base.tokens()
			.getToken()
			.flatMap((token) -> ping().thenReturn(token))
			.map((token) -> Health.up()
				.withDetails(details)
				.withDetails(tokenDetails(token))
				.withDetails(quota())
				.build())
			.onErrorResume((ex) -> Mono.just(
					Health.down().withDetails(details).withDetail("reason", reason(ex)).withDetails(quota()).build()));
	}

	private Mono<Void> ping() {
		return this.base.unauthenticated().get().uri(PING_PATH).retrieve().toBodilessEntity().then();
	}

	private static Map<String, Object> tokenDetails(BaseToken token) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (token.baseName() != null) {
			details.put("baseName", token.baseName());
		}
		details.put("baseUuid", token.baseUuid());
		details.put("tokenValidUntil", token.expiresAt().toString());
		return details;
	}

	private Map<String, Object> quota() {
		QuotaLimiter quota = this.base.quota();
		if (quota == null) {
			return Map.of();
		}
		Map<String, Object> left = new LinkedHashMap<>();
		for (RateWindow window : quota.getWindows()) {
			left.put(window.name(), quota.availablePermissions(window));
		}
		return Map.of("quotaLeft", left);
	}

	/**
	 * Why the base is down, in words an operator acts on; the exceptions' messages hold
	 * no secret.
	 */
	private static String reason(Throwable ex) {
		if (ex instanceof SeaTableAuthenticationException) {
			return "API token rejected: " + ex.getMessage();
		}
		if (ex instanceof SeaTableConnectionException) {
			return "Server unreachable: " + ex.getMessage();
		}
		if (ex instanceof SeaTableException) {
			return ex.getMessage();
		}
		return "Gateway ping failed: " + ex.getClass().getSimpleName();
	}

}

package io.github.seatablespring.ratelimit.redis;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.github.seatablespring.ratelimit.MemoryQuotaStore;
import io.github.seatablespring.ratelimit.QuotaLimiter;
import io.github.seatablespring.ratelimit.QuotaStore;
import io.github.seatablespring.ratelimit.RateWindow;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Keeps the bases' quotas in Redis, so that every instance and every application using a
 * base shares one count, kept across restarts. A base is keyed by its server and uuid,
 * not by the application's name for it.
 */
public final class RedisQuotaStore implements QuotaStore {

	/** How often Redis is tried again while a base uses the in-memory fallback. */
	public static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);

	private final ReactiveStringRedisTemplate redis;

	private final RedisQuotaScripts scripts;

	private final MemoryQuotaStore local;

	private final Clock clock;

	private final Duration safetyMargin;

	private final Duration timeout;

	private final boolean fallBackToLocal;

	private final String keyPrefix;

	/**
	 * A store on Boot's reactive Redis template.
	 * @param redis the template
	 * @param clock the clock of the in-memory fallback
	 * @param safetyMargin added to every window
	 * @param timeout longest wait for Redis's answer to one permit
	 * @param fallBackToLocal whether to use the in-memory quota while Redis does not
	 * answer (otherwise calls fail)
	 * @param keyPrefix prefix of every key
	 */
	public RedisQuotaStore(ReactiveStringRedisTemplate redis, Clock clock, Duration safetyMargin, Duration timeout,
			boolean fallBackToLocal, String keyPrefix) {
		this.redis = redis;
		this.scripts = new RedisQuotaScripts();
		this.local = new MemoryQuotaStore(clock, safetyMargin);
		this.clock = clock;
		this.safetyMargin = safetyMargin;
		this.timeout = timeout;
		this.fallBackToLocal = fallBackToLocal;
		this.keyPrefix = keyPrefix;
	}

	@Override
	public QuotaLimiter limiter(String baseName, List<RateWindow> windows) {
		return new RedisQuotaLimiter(baseName, windows, this.redis, this.scripts, this.local.limiter(baseName, windows),
				this.clock, this.safetyMargin, this.timeout, this.fallBackToLocal, this.keyPrefix);
	}

}

package io.github.seatablespring.ratelimit.redis;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.seatablespring.ratelimit.QuotaLimiter;
import io.github.seatablespring.ratelimit.QuotaStoreUnavailableException;
import io.github.seatablespring.ratelimit.RateWindow;
import io.github.seatablespring.ratelimit.Reservation;
import io.github.seatablespring.ratelimit.SlidingWindowRateLimiter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * One base's quota in Redis: a sorted set per window holding the send times of its
 * permits, and a hold key for a server-announced reset. One script call per permit checks
 * and records all windows atomically. While Redis does not answer, the in-memory limiter
 * takes over (or calls fail, as configured); Redis is asked again every
 * {@link RedisQuotaStore#PROBE_INTERVAL}.
 */
final class RedisQuotaLimiter implements QuotaLimiter {

	/**
	 * The base's uuid in a base-operation path
	 * ({@code /api-gateway/api/v2/dtables/<uuid>/...}).
	 */
	private static final Pattern BASE_UUID = Pattern.compile("/dtables/([^/]+)");

	private static final Log logger = LogFactory.getLog(RedisQuotaLimiter.class);

	private final String baseName;

	private final ReactiveStringRedisTemplate redis;

	private final RedisQuotaScripts scripts;

	private final SlidingWindowRateLimiter local;

	private final Clock clock;

	private final long safetyMargin;

	private final Duration timeout;

	private final boolean fallBackToLocal;

	private final String keyPrefix;

	/**
	 * Permit ids are unique across instances: a random prefix per limiter and a sequence.
	 */
	private final String instance = UUID.randomUUID().toString();

	private final AtomicLong sequence = new AtomicLong();

	private final AtomicBoolean usingLocal = new AtomicBoolean();

	private final AtomicLong nextProbe = new AtomicLong();

	private volatile List<RateWindow> windows;

	private volatile @Nullable String lastTag;

	/**
	 * What the last script call said: free permits per window, and when the next permit
	 * is free.
	 */
	private volatile long[] lastFree;

	private volatile long lastNextFree;

	private volatile long lastNow;

	RedisQuotaLimiter(String baseName, List<RateWindow> windows, ReactiveStringRedisTemplate redis,
			RedisQuotaScripts scripts, SlidingWindowRateLimiter local, Clock clock, Duration safetyMargin,
			Duration timeout, boolean fallBackToLocal, String keyPrefix) {
		this.baseName = baseName;
		this.windows = List.copyOf(windows);
		this.redis = redis;
		this.scripts = scripts;
		this.local = local;
		this.clock = clock;
		this.safetyMargin = safetyMargin.toMillis();
		this.timeout = timeout;
		this.fallBackToLocal = fallBackToLocal;
		this.keyPrefix = keyPrefix;
		this.lastFree = windows.stream().mapToLong(RateWindow::limit).toArray();
	}

	@Override
	public Mono<Reservation> reserve(URI url, Duration maxWait) {
		// a retried request subscribes again and must take a permit of its own
		return Mono.defer(() -> reserveNow(url, maxWait));
	}

	private Mono<Reservation> reserveNow(URI url, Duration maxWait) {
		String tag = tag(url);
		if (tag == null) {
			// not a base operation: nothing to share it with
			return this.local.reserve(url, maxWait);
		}
		this.lastTag = tag;
		if (this.usingLocal.get() && !probeNow()) {
			return this.local.reserve(url, maxWait);
		}
		List<RateWindow> windows = this.windows;
		List<String> keys = keys(tag, windows);
		String permit = this.instance + ":" + this.sequence.incrementAndGet();
		List<String> args = new ArrayList<>();
		args.add(Long.toString(maxWait.toMillis()));
		args.add(permit);
		for (RateWindow window : windows) {
			args.add(Long.toString(window.length().toMillis() + this.safetyMargin));
			args.add(Integer.toString(window.limit()));
			args.add(window.failFast() ? "1" : "0");
		}
		return this.redis.execute(this.scripts.reserve, keys, args)
			.next()
			// a caller gone (or a time-out) before the answer: the permit may be recorded
			// already,
			// so remove it (Redis runs the removal after the script)
			.doOnCancel(() -> release(keys, permit))
			.timeout(this.timeout)
			.map((answer) -> reservation(answer, windows, keys, permit))
			.doOnNext((reservation) -> recovered())
			.onErrorResume((ex) -> unavailable(ex, url, maxWait));
	}

	private Reservation reservation(List<?> answer, List<RateWindow> windows, List<String> keys, String permit) {
		boolean granted = number(answer, 0) == 1;
		long at = number(answer, 1);
		long now = number(answer, 3);
		long[] free = new long[windows.size()];
		for (int i = 0; i < free.length; i++) {
			free[i] = number(answer, 4 + i) - (granted ? 1 : 0);
		}
		this.lastFree = free;
		this.lastNow = this.clock.millis();
		this.lastNextFree = this.lastNow + Math.max(0, at - now);
		if (!granted) {
			RateWindow window = windows.get((int) number(answer, 2) - 1);
			return Reservation.refused(window, Instant.ofEpochMilli(this.lastNextFree));
		}
		return Reservation.granted(Duration.ofMillis(at - now), () -> release(keys, permit));
	}

	private static long number(List<?> answer, int index) {
		return ((Number) answer.get(index)).longValue();
	}

	private void release(List<String> keys, String permit) {
		Mono.when(keys.subList(0, keys.size() - 1)
			.stream()
			.map((key) -> this.redis.opsForZSet().remove(key, permit))
			.toList())
			.timeout(this.timeout)
			.subscribe(null, (ex) -> logger.debug("Could not give a permit of SeaTable base '" + this.baseName
					+ "' back to Redis: " + ex.getMessage()));
	}

	private Mono<Reservation> unavailable(Throwable ex, URI url, Duration maxWait) {
		if (!this.fallBackToLocal) {
			return Mono.error(new QuotaStoreUnavailableException("Redis: " + describe(ex), ex));
		}
		this.nextProbe.set(this.clock.millis() + RedisQuotaStore.PROBE_INTERVAL.toMillis());
		if (this.usingLocal.compareAndSet(false, true)) {
			logger.warn("Redis does not answer for the quota of SeaTable base '" + this.baseName + "' (" + describe(ex)
					+ "); this instance counts its requests in memory until Redis answers again");
		}
		return this.local.reserve(url, maxWait);
	}

	/**
	 * Whether this caller is the one to try Redis again (one at a time, every probe
	 * interval).
	 */
	private boolean probeNow() {
		long now = this.clock.millis();
		long next = this.nextProbe.get();
		return now >= next && this.nextProbe.compareAndSet(next, now + RedisQuotaStore.PROBE_INTERVAL.toMillis());
	}

	private void recovered() {
		if (this.usingLocal.compareAndSet(true, false)) {
			logger.info("Redis answers again: the quota of SeaTable base '" + this.baseName + "' is shared again");
		}
	}

	private static String describe(Throwable ex) {
		return (ex.getMessage() != null) ? ex.getClass().getSimpleName() + ": " + ex.getMessage()
				: ex.getClass().getSimpleName();
	}

	/**
	 * The base's hash tag: its server and uuid, so that every application using the base
	 * shares the count and all of a base's keys live in one Redis Cluster slot.
	 */
	static @Nullable String tag(URI url) {
		Matcher matcher = BASE_UUID.matcher(url.getRawPath());
		if (!matcher.find()) {
			return null;
		}
		String server = url.getScheme() + "://" + url.getHost().toLowerCase(Locale.ROOT)
				+ ((url.getPort() != -1) ? ":" + url.getPort() : "");
		return "{" + server + "|" + matcher.group(1) + "}";
	}

	private List<String> keys(String tag, List<RateWindow> windows) {
		List<String> keys = new ArrayList<>();
		windows.forEach((window) -> keys.add(this.keyPrefix + tag + ":" + window.name().replace(' ', '-')));
		keys.add(holdKey(tag));
		return keys;
	}

	private String holdKey(String tag) {
		return this.keyPrefix + tag + ":hold";
	}

	@Override
	public List<RateWindow> getWindows() {
		return this.windows;
	}

	@Override
	public int availablePermissions(RateWindow window) {
		if (this.usingLocal.get()) {
			return this.local.availablePermissions(window);
		}
		int index = this.windows.indexOf(window);
		if (index < 0) {
			throw new IllegalArgumentException("Unknown window " + window);
		}
		return (int) Math.max(0, this.lastFree[index]);
	}

	@Override
	public Optional<Instant> nextFreePermit() {
		if (this.usingLocal.get()) {
			return this.local.nextFreePermit();
		}
		long next = this.lastNextFree;
		return (next > this.clock.millis() && next > this.lastNow) ? Optional.of(Instant.ofEpochMilli(next))
				: Optional.empty();
	}

	@Override
	public synchronized boolean lowerLimit(int limit) {
		boolean lowered = this.local.lowerLimit(limit);
		List<RateWindow> windows = new ArrayList<>(this.windows);
		for (int i = 0; i < windows.size(); i++) {
			RateWindow window = windows.get(i);
			if (!window.failFast()) {
				if (limit < 1 || limit >= window.limit()) {
					return lowered;
				}
				windows.set(i, new RateWindow(window.name(), limit, window.length(), false));
				this.windows = List.copyOf(windows);
				return true;
			}
		}
		return lowered;
	}

	@Override
	public void holdUntil(Instant until) {
		this.local.holdUntil(until);
		String tag = this.lastTag;
		if (tag == null) {
			return;
		}
		double seconds = Math.max(0, until.toEpochMilli() - this.clock.millis()) / 1000.0;
		this.redis.execute(this.scripts.hold, List.of(holdKey(tag)), List.of(Double.toString(seconds)))
			.timeout(this.timeout)
			.subscribe(null, (ex) -> logger.debug("Could not record the server's reset for SeaTable base '"
					+ this.baseName + "' in Redis: " + ex.getMessage()));
	}

	@Override
	public String toString() {
		return "RedisQuotaLimiter[" + this.baseName + ", " + this.windows + "]";
	}

}

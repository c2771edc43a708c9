package io.github.seatablespring.benchmarks.quota;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.EmulatedColumn;
import io.github.seatablespring.test.SeaTableEmulator;
import io.github.seatablespring.test.support.RedisServer;
import io.github.seatablespring.test.support.ScaledClock;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * One base's quota shared by 1, 2 and 4 application instances (each its own Spring
 * context) against the emulator, with the in-memory store and with the Redis store: the
 * rate granted against the server's limit, the server's 429s, and Redis round trips per
 * request. The emulator's clock runs {@value #SPEED} times faster than real time and the
 * clients' windows are shortened to match, so that a server minute passes in six real
 * seconds.
 *
 * <pre>
 * ./mvnw -q -P benchmarks -pl benchmarks -am package -DskipTests \
 *     -Dbenchmark=io.github.seatablespring.benchmarks.quota.SharedQuotaBenchmark
 * </pre>
 */
public final class SharedQuotaBenchmark {

	private static final long SPEED = 10;

	private static final int PER_MINUTE = 60;

	private static final int CALLERS_PER_INSTANCE = 8;

	private static final int MINUTES = 4;

	/** The clients' safety margin in real time: the default. */
	private static final Duration MARGIN = Duration.ofMillis(250);

	private static final List<String> ROUND_TRIPS = List.of("cmdstat_evalsha", "cmdstat_eval", "cmdstat_zrem");

	private SharedQuotaBenchmark() {
	}

	public static void main(String[] args) {
		System.out.printf(
				"server limit %d/min per base, %d callers per instance, %d server minutes per run"
						+ " (%dx clock), %d available processors%n",
				PER_MINUTE, CALLERS_PER_INSTANCE, MINUTES, SPEED, Runtime.getRuntime().availableProcessors());
		System.out.printf("%-7s %9s %13s %9s %11s %14s%n", "store", "instances", "granted/min", "of limit",
				"server 429", "Redis calls/req");
		try (RedisServer redis = RedisServer.start()) {
			for (String store : List.of("memory", "redis")) {
				for (int instances : List.of(1, 2, 4)) {
					redis.restart();
					run(store, instances, redis.port());
				}
			}
		}
		System.exit(0);
	}

	private static void run(String store, int count, int redisPort) {
		ScaledClock clock = new ScaledClock(SPEED);
		Duration minute = clock.real(Duration.ofMinutes(1));
		try (SeaTableEmulator emulator = SeaTableEmulator.builder()
			.requestsPerMinute(PER_MINUTE)
			.requestsPerDay(1_000_000)
			.clock(clock)
			.build()
			.start()) {
			EmulatedBase base = emulator.createBase("Shared");
			base.createTable("T", List.of(EmulatedColumn.of("Name", "text")));
			EmulatedBase warmUp = emulator.createBase("Warm-up");
			List<ConfigurableApplicationContext> instances = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				instances.add(new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
					.properties("seatable.server-url=" + emulator.serverUrl(), "seatable.api-token=" + base.apiToken(),
							"seatable.bases.warm-up.api-token=" + warmUp.apiToken(),
							"seatable.rate-limit.store=" + store,
							"seatable.rate-limit.requests-per-minute=" + PER_MINUTE,
							"seatable.rate-limit.requests-per-day=1000000",
							"seatable.rate-limit.minute-window=" + minute.toMillis() + "ms",
							"seatable.rate-limit.safety-margin=" + MARGIN.toMillis() + "ms",
							"seatable.rate-limit.max-wait=30s", "seatable.rate-limit.retry-on-429=1",
							"spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redisPort,
							"spring.data.redis.repositories.enabled=false", "spring.main.banner-mode=off",
							"spring.main.log-startup-info=false", "logging.level.root=ERROR")
					.run());
			}
			Flux.fromIterable(instances)
				.flatMap((context) -> context.getBean(io.github.seatablespring.autoconfigure.SeaTableBases.class)
					.reactiveTemplate("warm-up")
					.getMetadata())
				.blockLast(Duration.ofSeconds(30));
			ReactiveStringRedisTemplate redis = instances.get(0).getBean(ReactiveStringRedisTemplate.class);
			long commandsBefore = redisCommands(redis);
			AtomicInteger granted = new AtomicInteger();
			AtomicInteger refused = new AtomicInteger();
			Flux.fromIterable(instances)
				.flatMap((context) -> Flux.range(0, CALLERS_PER_INSTANCE)
					.flatMap((caller) -> calls(context.getBean(ReactiveSeaTableTemplate.class), granted, refused)))
				.take(minute.multipliedBy(MINUTES))
				.blockLast(minute.multipliedBy(MINUTES + 5));
			long commands = redisCommands(redis) - commandsBefore;
			double perMinute = granted.get() / (double) MINUTES;
			System.out.printf("%-7s %9d %13.1f %8.0f%% %11d %14s%n", store, count, perMinute,
					100 * perMinute / PER_MINUTE, refused.get(),
					store.equals("redis") ? String.format("%.2f", commands / (double) granted.get()) : "-");
			instances.forEach(ConfigurableApplicationContext::close);
		}
	}

	/** One caller asking again as soon as it has its answer. */
	private static Flux<Object> calls(ReactiveSeaTableTemplate template, AtomicInteger granted, AtomicInteger refused) {
		return Flux.range(0, Integer.MAX_VALUE)
			.concatMap((call) -> template.getMetadata()
				.doOnNext((metadata) -> granted.incrementAndGet())
				.cast(Object.class)
				.onErrorResume(SeaTableRateLimitException.class, (ex) -> {
					if (ex.getStatus().orElse(-1) == 429) {
						refused.incrementAndGet();
					}
					return Mono.empty();
				}));
	}

	/**
	 * Round trips to Redis (INFO commandstats): script calls and the removals of
	 * given-back permits. The commands a script runs inside Redis are counted apart and
	 * are not round trips.
	 */
	private static long redisCommands(ReactiveStringRedisTemplate redis) {
		Properties stats = redis.getConnectionFactory()
			.getReactiveConnection()
			.serverCommands()
			.info("commandstats")
			.block(Duration.ofSeconds(5));
		long calls = 0;
		for (String name : stats.stringPropertyNames()) {
			if (ROUND_TRIPS.contains(name)) {
				String value = stats.getProperty(name);
				calls += Long.parseLong(value.substring(value.indexOf("calls=") + 6, value.indexOf(',')));
			}
		}
		return calls;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}

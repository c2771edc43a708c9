package io.github.seatablespring.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.seatablespring.SeaTableQuotaExceededException;
import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.EmulatedColumn;
import io.github.seatablespring.test.RecordedRequest;
import io.github.seatablespring.test.SeaTableEmulator;
import io.github.seatablespring.test.support.RedisServer;
import io.github.seatablespring.test.support.ScaledClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Several application instances on one base share its quota through a real Redis
 * ({@code seatable.rate-limit.store=redis}). The emulator's clock runs {@value #SPEED}
 * times faster than real time, and the clients' windows are shortened to match, so that
 * three server minutes pass in a few real seconds.
 */
class SharedQuotaTests {

	private static final long SPEED = 20;

	private static final int PER_MINUTE = 8;

	/**
	 * The clients' margin, in real time: it must exceed how much later one request can
	 * reach the server than another reserved a window after it. The emulator answers one
	 * request after the other, so a burst's last request arrives a burst's processing
	 * time late; on a loaded machine (a load of 10 on 2 cores spread a burst of 12 over
	 * 440 ms) that is far more than on a real server.
	 */
	private static final Duration MARGIN = Duration.ofMillis(500);

	/**
	 * Callers per instance: together more than the limit, so the quota is always in
	 * demand.
	 */
	private static final int CALLERS = 3;

	private static RedisServer redis;

	private final ScaledClock clock = new ScaledClock(SPEED);

	private final List<QuotaApplication> instances = new ArrayList<>();

	private SeaTableEmulator emulator;

	private EmulatedBase base;

	@BeforeAll
	static void startRedis() {
		redis = RedisServer.start();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	@AfterEach
	void stop() {
		this.instances.forEach(QuotaApplication::close);
		if (this.emulator != null) {
			this.emulator.close();
		}
	}

	@Test
	void fourInstancesUseTheWholeQuotaWithoutA429() {
		startEmulator(PER_MINUTE, 100_000);
		EmulatedBase warmUp = this.emulator.createBase("Warm-up");
		Duration minute = this.clock.real(Duration.ofMinutes(1));
		for (int i = 0; i < 4; i++) {
			start("seatable.bases.warm-up.api-token=" + warmUp.apiToken(),
					"seatable.rate-limit.requests-per-minute=" + PER_MINUTE,
					"seatable.rate-limit.minute-window=" + minute.toMillis() + "ms",
					"seatable.rate-limit.safety-margin=" + MARGIN.toMillis() + "ms", "seatable.rate-limit.max-wait=10s",
					"seatable.rate-limit.retry-on-429=1");
		}
		// warm up on another base of the server: a first request also sets up the
		// connection and
		// may reach the server later than the margin allows
		Flux.fromIterable(this.instances)
			.flatMap((instance) -> instance.bases().reactiveTemplate("warm-up").getMetadata())
			.blockLast(Duration.ofSeconds(30));
		AtomicInteger served = new AtomicInteger();
		AtomicInteger serverRefusals = new AtomicInteger();
		this.emulator.clearJournal();

		// every instance keeps its callers asking, for two server minutes and a half
		Flux.fromIterable(this.instances)
			.flatMap((instance) -> Flux.range(0, CALLERS)
				.flatMap((caller) -> Flux.range(0, Integer.MAX_VALUE)
					.concatMap((call) -> instance.template()
						.getMetadata()
						.doOnNext((metadata) -> served.incrementAndGet())
						.onErrorResume(SeaTableRateLimitException.class, (ex) -> {
							if (ex.getStatus().orElse(-1) == 429) {
								serverRefusals.incrementAndGet();
							}
							return Mono.empty();
						}))))
			.take(minute.multipliedBy(2).plus(minute.dividedBy(2)))
			.blockLast(Duration.ofSeconds(30));

		List<Instant> received = this.emulator.journal()
			.stream()
			.filter(RecordedRequest::isBaseOperation)
			.map(RecordedRequest::receivedAt)
			.sorted()
			.toList();
		assertThat(serverRefusals).as("server 429s; requests received at (real ms) %s", realOffsets(received))
			.hasValue(0);
		assertThat(maxInAnyWindow(received, Duration.ofMinutes(1))).isLessThanOrEqualTo(PER_MINUTE);
		// the first two server minutes: at least 95% of their permits were used
		Instant first = received.get(0);
		long inTwoMinutes = received.stream().filter((at) -> at.isBefore(first.plus(Duration.ofMinutes(2)))).count();
		assertThat(inTwoMinutes).isGreaterThanOrEqualTo((long) Math.ceil(0.95 * 2 * PER_MINUTE));
		// callers still waiting at the end were cancelled: their requests were never sent
		assertThat(served.get()).isLessThanOrEqualTo(received.size())
			.isGreaterThanOrEqualTo((int) inTwoMinutes - CALLERS * this.instances.size());
	}

	@Test
	void dayCountSurvivesARestartOfTheApplication() {
		startEmulator(1000, 1000);
		String[] properties = { "seatable.rate-limit.requests-per-day=5" };
		QuotaApplication first = start(properties);
		for (int i = 0; i < 3; i++) {
			first.template().getMetadata().block(Duration.ofSeconds(10));
		}
		first.close();
		this.instances.remove(first);

		QuotaApplication restarted = start(properties);
		restarted.template().getMetadata().block(Duration.ofSeconds(10));
		restarted.template().getMetadata().block(Duration.ofSeconds(10));

		assertThatExceptionOfType(SeaTableQuotaExceededException.class)
			.isThrownBy(() -> restarted.template().getMetadata().block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.getNextPermitAt()).isAfter(Instant.now().plus(Duration.ofHours(23))));
		assertThat(this.emulator.journal().stream().filter(RecordedRequest::isBaseOperation)).hasSize(5);
	}

	@Test
	void keysNameTheServerAndBaseUuidShareOneSlotAndExpire() {
		startEmulator(1000, 1000);
		QuotaApplication instance = start("seatable.rate-limit.requests-per-minute=100");
		instance.template().getMetadata().block(Duration.ofSeconds(10));

		ReactiveStringRedisTemplate redisTemplate = instance.bean(ReactiveStringRedisTemplate.class);
		String tag = "{" + this.emulator.serverUrl() + "|" + this.base.uuid() + "}";
		List<String> keys = redisTemplate.keys("seatable:quota:*").collectList().block(Duration.ofSeconds(5));
		assertThat(keys).containsExactlyInAnyOrder("seatable:quota:" + tag + ":minute",
				"seatable:quota:" + tag + ":day");
		Duration minuteTtl = redisTemplate.getExpire("seatable:quota:" + tag + ":minute").block(Duration.ofSeconds(5));
		Duration dayTtl = redisTemplate.getExpire("seatable:quota:" + tag + ":day").block(Duration.ofSeconds(5));
		assertThat(minuteTtl).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(61));
		assertThat(dayTtl).isGreaterThan(Duration.ofHours(23)).isLessThanOrEqualTo(Duration.ofDays(1).plusSeconds(1));
		assertThat(redisTemplate.opsForZSet().size("seatable:quota:" + tag + ":day").block(Duration.ofSeconds(5)))
			.isEqualTo(1);

		// another application calling the same base "orders" counts in the same keys
		QuotaApplication other = start("seatable.bases.orders.api-token=" + this.base.apiToken());
		other.bases().reactiveTemplate("orders").getMetadata().block(Duration.ofSeconds(10));
		assertThat(redisTemplate.opsForZSet().size("seatable:quota:" + tag + ":day").block(Duration.ofSeconds(5)))
			.isEqualTo(2);
		assertThat(redisTemplate.keys("seatable:quota:*").collectList().block(Duration.ofSeconds(5))).hasSize(2);
	}

	private void startEmulator(int perMinute, int perDay) {
		this.emulator = SeaTableEmulator.builder()
			.requestsPerMinute(perMinute)
			.requestsPerDay(perDay)
			.clock(this.clock)
			.build()
			.start();
		this.base = this.emulator.createBase("Shared base");
		this.base.createTable("T", List.of(EmulatedColumn.of("Name", "text")));
		// every test starts with an empty store
		redis.restart();
	}

	private QuotaApplication start(String... properties) {
		List<String> all = new ArrayList<>(List.of("seatable.rate-limit.store=redis"));
		all.addAll(List.of(properties));
		QuotaApplication instance = QuotaApplication.start(this.emulator, this.base, redis.port(),
				all.toArray(String[]::new));
		this.instances.add(instance);
		return instance;
	}

	private List<Long> realOffsets(List<Instant> received) {
		return received.stream()
			.map((at) -> this.clock.real(Duration.between(received.get(0), at)).toMillis())
			.toList();
	}

	/** The most instants within any half-open window {@code [t, t + length)}. */
	static int maxInAnyWindow(List<Instant> sorted, Duration length) {
		int max = 0;
		int first = 0;
		for (int last = 0; last < sorted.size(); last++) {
			while (!sorted.get(first).plus(length).isAfter(sorted.get(last))) {
				first++;
			}
			max = Math.max(max, last - first + 1);
		}
		return max;
	}

}

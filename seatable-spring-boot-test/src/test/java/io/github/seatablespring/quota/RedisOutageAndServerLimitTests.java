package io.github.seatablespring.quota;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.ratelimit.redis.RedisQuotaStore;
import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.EmulatedColumn;
import io.github.seatablespring.test.RecordedRequest;
import io.github.seatablespring.test.SeaTableEmulator;
import io.github.seatablespring.test.support.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Redis store when Redis goes away and comes back, callers that give up while they
 * wait, and limits announced by the server (both stores).
 */
@ExtendWith(OutputCaptureExtension.class)
class RedisOutageAndServerLimitTests {

	private static final Duration CALL = Duration.ofSeconds(10);

	private final List<QuotaApplication> instances = new ArrayList<>();

	private RedisServer redis;

	private SeaTableEmulator emulator;

	private EmulatedBase base;

	@BeforeEach
	void start() {
		this.redis = RedisServer.start();
		this.emulator = SeaTableEmulator.builder().requestsPerMinute(5).requestsPerDay(1000).build().start();
		this.base = this.emulator.createBase("Orders");
		this.base.createTable("T", List.of(EmulatedColumn.of("Name", "text")));
	}

	@AfterEach
	void stop() {
		this.instances.forEach(QuotaApplication::close);
		this.emulator.close();
		this.redis.close();
	}

	@Test
	void redisOutageFallsBackToMemoryWithOneWarningAndReturnsToRedis(CapturedOutput output) throws Exception {
		QuotaApplication instance = start("seatable.rate-limit.store=redis",
				"seatable.rate-limit.requests-per-minute=5");
		instance.template().getMetadata().block(CALL);
		assertThat(dayEntries(instance)).isEqualTo(1);

		this.redis.stop();
		instance.template().getMetadata().block(CALL);
		instance.template().getMetadata().block(CALL);

		assertThat(output.getOut().split("Redis does not answer", -1)).hasSize(2);
		assertThat(output.getOut()).contains("SeaTable base 'default'");
		// the in-memory fallback keeps the same windows
		assertThat(instance.quota().getWindows().get(0).limit()).isEqualTo(5);

		this.redis.restart();
		Thread.sleep(RedisQuotaStore.PROBE_INTERVAL.plusMillis(100).toMillis());
		instance.template().getMetadata().block(CALL);
		assertThat(output.getOut()).contains("Redis answers again");
		assertThat(dayEntries(instance)).isEqualTo(1);
		assertThat(this.emulator.journal().stream().filter(RecordedRequest::isBaseOperation)).hasSize(4);
	}

	@Test
	void redisOutageWithOnFailureFailFailsTheCallBeforeItIsSent() {
		QuotaApplication instance = start("seatable.rate-limit.store=redis",
				"seatable.rate-limit.redis.on-failure=fail");
		instance.template().getMetadata().block(CALL);
		this.redis.stop();

		assertThatExceptionOfType(SeaTableRateLimitException.class)
			.isThrownBy(() -> instance.template().getMetadata().block(CALL))
			.withMessageContaining("on-failure")
			.withMessageContaining("'default'")
			.satisfies((ex) -> assertThat(ex.getStatus()).isEmpty());
		assertThat(this.emulator.journal().stream().filter(RecordedRequest::isBaseOperation)).hasSize(1);
	}

	@Test
	void callerThatGivesUpWhileWaitingReleasesItsReservation() {
		QuotaApplication instance = start("seatable.rate-limit.store=redis",
				"seatable.rate-limit.requests-per-minute=2");
		instance.template().getMetadata().block(CALL);
		instance.template().getMetadata().block(CALL);
		assertThat(minuteEntries(instance)).isEqualTo(2);

		// the third waits about a minute for its permit; its caller gives up after 300 ms
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> instance.template().getMetadata().timeout(Duration.ofMillis(300)).block(CALL))
			.withCauseInstanceOf(TimeoutException.class);

		// the reservation is gone from Redis (given back asynchronously)
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (minuteEntries(instance) > 2 && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(minuteEntries(instance)).isEqualTo(2);
		assertThat(this.emulator.journal().stream().filter(RecordedRequest::isBaseOperation)).hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "memory", "redis" })
	void lowerServerLimitLowersTheClientsWindowAndAResetHoldsPermits(String store, CapturedOutput output) {
		QuotaApplication instance = start("seatable.rate-limit.store=" + store,
				"seatable.rate-limit.requests-per-minute=10", "seatable.rate-limit.max-wait=3s");
		// the server answers 429 with x-ratelimit-limit 5, remaining 0 and reset 1 s
		this.emulator.failNext(1, 429);
		long start = System.nanoTime();
		instance.template().getMetadata().block(CALL);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
		assertThat(instance.quota().getWindows().get(0).limit()).isEqualTo(5);
		assertThat(output.getOut()).contains(
				"SeaTable base 'default': the server allows 5 requests per window, " + "fewer than the configured 10");
		// the 429 and its retry took two permits of five: three more go, the next would
		// wait a minute
		for (int i = 0; i < 3; i++) {
			instance.template().getMetadata().block(CALL);
		}
		assertThatExceptionOfType(SeaTableRateLimitException.class)
			.isThrownBy(() -> instance.template().getMetadata().block(CALL))
			.satisfies((ex) -> assertThat(ex.getStatus()).isEmpty());
		// the server never had to refuse a request on its own
		assertThat(this.emulator.journal().stream().filter(RecordedRequest::isBaseOperation)).hasSize(5);
	}

	private long minuteEntries(QuotaApplication instance) {
		return entries(instance, "minute");
	}

	private long dayEntries(QuotaApplication instance) {
		return entries(instance, "day");
	}

	private long entries(QuotaApplication instance, String window) {
		String key = "seatable:quota:{" + this.emulator.serverUrl() + "|" + this.base.uuid() + "}:" + window;
		return instance.bean(ReactiveStringRedisTemplate.class).opsForZSet().size(key).block(CALL);
	}

	private QuotaApplication start(String... properties) {
		QuotaApplication instance = QuotaApplication.start(this.emulator, this.base, this.redis.port(), properties);
		this.instances.add(instance);
		return instance;
	}

}

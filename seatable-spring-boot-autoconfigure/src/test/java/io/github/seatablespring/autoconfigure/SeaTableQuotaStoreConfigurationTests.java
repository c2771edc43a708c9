package io.github.seatablespring.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.github.seatablespring.ratelimit.QuotaLimiter;
import io.github.seatablespring.ratelimit.RateWindow;
import io.github.seatablespring.ratelimit.Reservation;
import io.github.seatablespring.ratelimit.SlidingWindowRateLimiter;
import io.github.seatablespring.testsupport.MutableClock;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The quota's store, window and limit settings at start-up. */
class SeaTableQuotaStoreConfigurationTests {

	private final ApplicationContextRunner runner = SeaTableContextRunners.runner()
		.withConfiguration(AutoConfigurations.of(SeaTableRedisQuotaAutoConfiguration.class))
		.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN);

	@Test
	void redisStoreWithoutSpringDataRedisFailsAtStartUpSayingWhatToAdd() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.data.redis"))
			.withPropertyValues("seatable.rate-limit.store=redis")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidConfigurationPropertyValueException.class)
					.hasMessageContaining("seatable.rate-limit.store")
					.hasMessageContaining("spring-boot-starter-data-redis-reactive");
			});
	}

	@Test
	void redisStoreWithoutARedisConnectionFailsAtStartUp() {
		// Spring Data Redis is on the test classpath, but Boot's Redis auto-configuration
		// is not in this context
		this.runner.withPropertyValues("seatable.rate-limit.store=redis").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("seatable.rate-limit.store")
				.hasMessageContaining("ReactiveStringRedisTemplate");
		});
	}

	@Test
	void memoryStoreIsTheDefaultAndNeedsNoRedis() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.data.redis")).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SeaTableBases.class).quota(SeaTableBaseSettings.DEFAULT_BASE))
				.containsInstanceOf(SlidingWindowRateLimiter.class);
		});
	}

	@Test
	void limitsFarAboveAnyServerStartInLittleMemory() {
		// a limiter that allocated its limit needed 8 GB for the minute and failed for
		// the day
		this.runner
			.withPropertyValues("seatable.rate-limit.requests-per-minute=1000000000",
					"seatable.rate-limit.requests-per-day=2147483647")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				QuotaLimiter quota = context.getBean(SeaTableBases.class)
					.quota(SeaTableBaseSettings.DEFAULT_BASE)
					.orElseThrow();
				assertThat(quota.getWindows()).extracting(RateWindow::limit)
					.containsExactly(1_000_000_000, Integer.MAX_VALUE);
				assertThat(quota.availablePermissions(quota.getWindows().get(1))).isEqualTo(Integer.MAX_VALUE);
			});
	}

	@Test
	void defaultMaxWaitCoversAWholeMinuteAfterABurst() {
		Duration maxWait = new SeaTableProperties().getRateLimit().getMaxWait();
		MutableClock clock = MutableClock.atFixedInstant();
		SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter("burst",
				List.of(RateWindow.waiting("minute", 300, Duration.ofMinutes(1))), Duration.ZERO, clock);
		// the whole minute used within 200 ms
		for (int i = 0; i < 300; i++) {
			assertThat(limiter.reserve(maxWait).granted()).isTrue();
			if (i % 2 == 0) {
				clock.advance(Duration.ofMillis(1));
			}
		}

		Reservation next = limiter.reserve(maxWait);

		// 60.25 s after the first permit, 60.1 s from now: the caller waits instead of
		// failing
		assertThat(next.granted()).isTrue();
		assertThat(next.delay()).isEqualTo(Duration.ofMillis(60_250 - 150));
	}

	@Test
	void windowLengthsAndMarginAreChecked() {
		this.runner.withPropertyValues("seatable.rate-limit.minute-window=0s").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("seatable.rate-limit.minute-window");
		});
		this.runner.withPropertyValues("seatable.rate-limit.safety-margin=-1ms").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("seatable.rate-limit.safety-margin");
		});
	}

}

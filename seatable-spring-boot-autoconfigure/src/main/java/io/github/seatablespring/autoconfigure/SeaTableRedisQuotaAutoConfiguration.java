package io.github.seatablespring.autoconfigure;

import java.time.Clock;

import io.github.seatablespring.ratelimit.QuotaStore;
import io.github.seatablespring.ratelimit.redis.RedisQuotaStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The shared quota store of {@code seatable.rate-limit.store=redis}, on the reactive
 * Redis template of Boot's own Redis auto-configuration. Without Spring Data Redis on the
 * classpath this does nothing and {@link SeaTableAutoConfiguration} fails at start-up
 * saying what to add.
 */
@AutoConfiguration(before = SeaTableAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration")
@ConditionalOnClass(ReactiveStringRedisTemplate.class)
@ConditionalOnProperty(name = "seatable.rate-limit.store", havingValue = "redis")
@Conditional(OnSeaTableApiTokenCondition.class)
@EnableConfigurationProperties(SeaTableProperties.class)
public final class SeaTableRedisQuotaAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(QuotaStore.class)
	@ConditionalOnBean(ReactiveStringRedisTemplate.class)
	RedisQuotaStore seaTableRedisQuotaStore(ReactiveStringRedisTemplate redis, SeaTableProperties properties,
			ObjectProvider<Clock> clock) {
		SeaTableProperties.RateLimit rateLimit = properties.getRateLimit();
		SeaTableProperties.Redis settings = rateLimit.getRedis();
		return new RedisQuotaStore(redis, clock.getIfUnique(Clock::systemUTC),
				SeaTableQuotaSettings.windows(rateLimit).safetyMargin(), settings.getTimeout(),
				settings.getOnFailure() == SeaTableProperties.RedisFailureMode.LOCAL, settings.getKeyPrefix());
	}

}

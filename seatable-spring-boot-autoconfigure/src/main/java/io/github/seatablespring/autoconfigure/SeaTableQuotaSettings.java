package io.github.seatablespring.autoconfigure;

import java.time.Duration;

import io.github.seatablespring.ratelimit.QuotaStore;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.ClassUtils;

/**
 * The checked quota settings shared by all bases ({@code seatable.rate-limit.store}, the
 * window lengths and margin): bad values fail at start-up with the property name and what
 * to fix.
 */
final class SeaTableQuotaSettings {

	/** The class {@code store=redis} needs: Spring Data Redis's reactive template. */
	static final String REDIS_TEMPLATE = "org.springframework.data.redis.core.ReactiveStringRedisTemplate";

	private SeaTableQuotaSettings() {
	}

	static SeaTableTemplateFactory.QuotaWindows windows(SeaTableProperties.RateLimit rateLimit) {
		requirePositive("seatable.rate-limit.minute-window", rateLimit.getMinuteWindow());
		requirePositive("seatable.rate-limit.day-window", rateLimit.getDayWindow());
		if (rateLimit.getSafetyMargin() == null || rateLimit.getSafetyMargin().isNegative()) {
			throw new InvalidConfigurationPropertyValueException("seatable.rate-limit.safety-margin",
					rateLimit.getSafetyMargin(), "Must be zero or a positive duration such as 250ms");
		}
		return new SeaTableTemplateFactory.QuotaWindows(rateLimit.getMinuteWindow(), rateLimit.getDayWindow(),
				rateLimit.getSafetyMargin());
	}

	/**
	 * The bases' store: {@code null} for memory, else the shared store the context
	 * provides.
	 */
	static @Nullable QuotaStore store(SeaTableProperties.RateLimit rateLimit, ObjectProvider<QuotaStore> stores) {
		if (rateLimit.getStore() != SeaTableProperties.QuotaStoreType.REDIS) {
			return null;
		}
		requirePositive("seatable.rate-limit.redis.timeout", rateLimit.getRedis().getTimeout());
		QuotaStore store = stores.getIfUnique();
		if (store != null) {
			return store;
		}
		if (!ClassUtils.isPresent(REDIS_TEMPLATE, SeaTableQuotaSettings.class.getClassLoader())) {
			throw new InvalidConfigurationPropertyValueException("seatable.rate-limit.store", "redis",
					"Spring Data Redis is not on the classpath: add org.springframework.boot:"
							+ "spring-boot-starter-data-redis-reactive, or use store=memory");
		}
		throw new InvalidConfigurationPropertyValueException("seatable.rate-limit.store", "redis",
				"No ReactiveStringRedisTemplate bean: Boot creates one from spring.data.redis.* when Lettuce "
						+ "is on the classpath (spring-boot-starter-data-redis-reactive)");
	}

	private static void requirePositive(String property, @Nullable Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new InvalidConfigurationPropertyValueException(property, value, "Must be a positive duration");
		}
	}

}

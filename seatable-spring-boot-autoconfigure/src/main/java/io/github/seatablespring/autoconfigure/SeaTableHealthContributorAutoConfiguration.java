package io.github.seatablespring.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.seatablespring.actuate.SeaTableHealthIndicator;
import io.github.seatablespring.actuate.SeaTableHealthProbe;
import io.github.seatablespring.actuate.SeaTableReactiveHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The {@code seatable} health component, one child per base: reactive in WebFlux
 * applications, blocking otherwise. Off with
 * {@code management.health.seatable.enabled=false}; each base is checked at most once per
 * {@code seatable.health.cache-time-to-live} (default 10s).
 */
@AutoConfiguration(after = SeaTableAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(SeaTableBases.class)
@ConditionalOnEnabledHealthIndicator("seatable")
public final class SeaTableHealthContributorAutoConfiguration {

	/** Property: how long a base's health result is reused. */
	static final String CACHE_TTL = "seatable.health.cache-time-to-live";

	static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(10);

	private static Map<String, SeaTableHealthProbe> probes(SeaTableBases bases, Environment environment) {
		Duration ttl = environment.getProperty(CACHE_TTL, Duration.class, DEFAULT_CACHE_TTL);
		Map<String, SeaTableHealthProbe> probes = new LinkedHashMap<>();
		bases.bases().forEach((base) -> probes.put(base.settings().name(), new SeaTableHealthProbe(base, ttl)));
		return probes;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class Reactive {

		@Bean
		@ConditionalOnMissingBean(name = { "seatableHealthIndicator", "seatableHealthContributor" })
		ReactiveHealthContributor seatableHealthContributor(SeaTableBases bases, Environment environment) {
			return CompositeReactiveHealthContributor.fromMap(probes(bases, environment),
					SeaTableReactiveHealthIndicator::new);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(NotReactive.class)
	static class Blocking {

		@Bean
		@ConditionalOnMissingBean(name = { "seatableHealthIndicator", "seatableHealthContributor" })
		HealthContributor seatableHealthContributor(SeaTableBases bases, Environment environment) {
			return CompositeHealthContributor.fromMap(probes(bases, environment), SeaTableHealthIndicator::new);
		}

	}

	static final class NotReactive extends NoneNestedConditions {

		NotReactive() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
		static final class ReactiveApplication {

		}

	}

}

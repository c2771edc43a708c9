package io.github.seatablespring.autoconfigure;

import java.time.Clock;

import io.github.seatablespring.metrics.SeaTableBaseMetrics;
import io.github.seatablespring.metrics.SeaTableClientMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code seatable.*} meters, when Micrometer is present and the application has a
 * {@link MeterRegistry}.
 */
@AutoConfiguration(after = SeaTableAutoConfiguration.class, afterName = {
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, SeaTableBases.class })
public final class SeaTableMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SeaTableClientMetrics seaTableClientMetrics(MeterRegistry registry) {
		return new SeaTableClientMetrics(registry);
	}

	@Bean
	@ConditionalOnMissingBean
	SeaTableBaseMetrics seaTableBaseMetrics(SeaTableBases bases, ObjectProvider<Clock> clock) {
		return new SeaTableBaseMetrics(bases, clock.getIfUnique(Clock::systemUTC));
	}

}

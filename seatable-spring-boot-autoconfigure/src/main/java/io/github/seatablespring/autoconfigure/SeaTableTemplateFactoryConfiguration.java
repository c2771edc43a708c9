package io.github.seatablespring.autoconfigure;

import java.time.Clock;

import io.github.seatablespring.observation.SeaTableClientListener;
import io.github.seatablespring.observation.SeaTableOperationObservationConvention;
import io.github.seatablespring.ratelimit.QuotaStore;
import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The {@link SeaTableTemplateFactory} bean, imported by every auto-configuration that
 * builds base templates (the configured bases', and the account's bases reached without
 * an API token).
 */
@Configuration(proxyBeanMethods = false)
public final class SeaTableTemplateFactoryConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SeaTableTemplateFactory seaTableTemplateFactory(WebClient.Builder webClientBuilder,
			ObjectProvider<SeaTableWebClientCustomizer> customizers, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<Clock> clock, SeaTableProperties properties, ObjectProvider<QuotaStore> quotaStore,
			ObjectProvider<SeaTableClientListener> listeners, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<SeaTableOperationObservationConvention> operationConvention) {
		SeaTableProperties.RateLimit rateLimit = properties.getRateLimit();
		return new SeaTableTemplateFactory(webClientBuilder, customizers.orderedStream().toList(),
				jsonMapper.getIfAvailable(JsonMapper::shared), clock.getIfUnique(Clock::systemUTC),
				SeaTableQuotaSettings.windows(rateLimit), SeaTableQuotaSettings.store(rateLimit, quotaStore),
				listeners.orderedStream().toList(), observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP),
				operationConvention.getIfUnique());
	}

}

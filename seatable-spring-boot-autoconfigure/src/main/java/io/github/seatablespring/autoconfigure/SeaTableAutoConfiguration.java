package io.github.seatablespring.autoconfigure;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.seatablespring.core.ReactiveSeaTableOperations;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.SeaTableOperations;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.ratelimit.QuotaStore;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the SeaTable client. Active when an API token is configured; then every
 * base in {@code seatable.*} gets a template with its own token and quota, and the base of the
 * top-level {@code seatable.api-token} is exposed as {@link SeaTableTemplate} and
 * {@link ReactiveSeaTableTemplate} beans.
 */
@AutoConfiguration(after = { WebClientAutoConfiguration.class, JacksonAutoConfiguration.class })
@ConditionalOnClass(WebClient.class)
@Conditional(OnSeaTableApiTokenCondition.class)
@EnableConfigurationProperties(SeaTableProperties.class)
public final class SeaTableAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SeaTableTemplateFactory seaTableTemplateFactory(WebClient.Builder webClientBuilder,
			ObjectProvider<SeaTableWebClientCustomizer> customizers, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<Clock> clock, SeaTableProperties properties, ObjectProvider<QuotaStore> quotaStore) {
		SeaTableProperties.RateLimit rateLimit = properties.getRateLimit();
		return new SeaTableTemplateFactory(webClientBuilder, customizers.orderedStream().toList(),
				jsonMapper.getIfAvailable(JsonMapper::shared), clock.getIfUnique(Clock::systemUTC),
				SeaTableQuotaSettings.windows(rateLimit), SeaTableQuotaSettings.store(rateLimit, quotaStore));
	}

	@Bean
	@ConditionalOnMissingBean
	SeaTableBases seaTableBases(SeaTableProperties properties, SeaTableTemplateFactory factory) {
		Map<String, SeaTableTemplateFactory.Base> bases = new LinkedHashMap<>();
		SeaTableBaseSettings.of(properties).forEach((name, settings) -> bases.put(name, factory.create(settings)));
		return new SeaTableBases(bases);
	}

	@Bean
	@ConditionalOnMissingBean(ReactiveSeaTableOperations.class)
	@Conditional(OnDefaultBaseCondition.class)
	ReactiveSeaTableTemplate reactiveSeaTableTemplate(SeaTableBases bases) {
		return bases.reactiveTemplate(SeaTableBaseSettings.DEFAULT_BASE);
	}

	@Bean
	@ConditionalOnMissingBean(SeaTableOperations.class)
	@Conditional(OnDefaultBaseCondition.class)
	SeaTableTemplate seaTableTemplate(ObjectProvider<ReactiveSeaTableOperations> reactive, SeaTableBases bases) {
		ReactiveSeaTableOperations operations = reactive.getIfUnique();
		return (operations != null) ? new SeaTableTemplate(operations)
				: bases.template(SeaTableBaseSettings.DEFAULT_BASE);
	}

}

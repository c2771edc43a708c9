package io.github.seatablespring.account.autoconfigure;

import java.time.Clock;
import java.util.Map;

import io.github.seatablespring.account.ReactiveSeaTableAccountOperations;
import io.github.seatablespring.account.ReactiveSeaTableAccountTemplate;
import io.github.seatablespring.account.SeaTableAccountOperations;
import io.github.seatablespring.account.SeaTableAccountTemplate;
import io.github.seatablespring.autoconfigure.SeaTableAutoConfiguration;
import io.github.seatablespring.autoconfigure.SeaTableBases;
import io.github.seatablespring.autoconfigure.SeaTableProperties;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactoryConfiguration;
import io.github.seatablespring.autoconfigure.SeaTableWebClientCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the account operations. Active when
 * {@code seatable.account.username} or {@code seatable.account.token} is set, with or
 * without any API token; then the account is exposed as {@link SeaTableAccountTemplate}
 * and {@link ReactiveSeaTableAccountTemplate} beans.
 */
@AutoConfiguration(
		after = { SeaTableAutoConfiguration.class, WebClientAutoConfiguration.class, JacksonAutoConfiguration.class })
@ConditionalOnClass(WebClient.class)
@Conditional(OnSeaTableAccountCondition.class)
@EnableConfigurationProperties({ SeaTableProperties.class, SeaTableAccountProperties.class })
@Import(SeaTableTemplateFactoryConfiguration.class)
public final class SeaTableAccountAutoConfiguration {

	/**
	 * Bases added at run time, when no API token made the base auto-configuration define
	 * them.
	 */
	@Bean
	@ConditionalOnMissingBean
	SeaTableBases seaTableBases(SeaTableTemplateFactory factory, SeaTableProperties properties) {
		return new SeaTableBases(Map.of(), factory, properties);
	}

	@Bean
	@ConditionalOnMissingBean
	SeaTableAccountFactory seaTableAccountFactory(WebClient.Builder webClientBuilder,
			ObjectProvider<SeaTableWebClientCustomizer> customizers, SeaTableTemplateFactory templateFactory,
			ObjectProvider<Clock> clock) {
		return new SeaTableAccountFactory(webClientBuilder, customizers.orderedStream().toList(), templateFactory,
				clock.getIfUnique(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean(ReactiveSeaTableAccountOperations.class)
	ReactiveSeaTableAccountTemplate reactiveSeaTableAccountTemplate(SeaTableAccountFactory factory,
			SeaTableProperties properties, SeaTableAccountProperties account) {
		return factory.create(properties, account);
	}

	@Bean
	@ConditionalOnMissingBean(SeaTableAccountOperations.class)
	SeaTableAccountTemplate seaTableAccountTemplate(ReactiveSeaTableAccountOperations reactive) {
		return new SeaTableAccountTemplate(reactive);
	}

}

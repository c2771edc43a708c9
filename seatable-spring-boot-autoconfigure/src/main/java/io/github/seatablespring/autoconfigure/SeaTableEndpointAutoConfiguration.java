package io.github.seatablespring.autoconfigure;

import io.github.seatablespring.actuate.SeaTableEndpoint;
import io.github.seatablespring.actuate.SeaTableSanitizingFunction;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Actuator: the {@code seatable} endpoint, and the sanitizing of SeaTable's secrets
 * in the {@code env} and {@code configprops} endpoints (whether or not a base is
 * configured, since an account password may be set alone).
 */
@AutoConfiguration(after = SeaTableAutoConfiguration.class)
@ConditionalOnClass({ SanitizingFunction.class, ConditionalOnAvailableEndpoint.class })
public final class SeaTableEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SeaTableSanitizingFunction seaTableSanitizingFunction() {
		return new SeaTableSanitizingFunction();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(SeaTableBases.class)
	@ConditionalOnAvailableEndpoint(SeaTableEndpoint.class)
	static class Endpoint {

		@Bean
		@ConditionalOnMissingBean
		SeaTableEndpoint seaTableEndpoint(SeaTableBases bases) {
			return new SeaTableEndpoint(bases);
		}

	}

}

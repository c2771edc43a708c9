package io.github.seatablespring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.seatablespring.core.ReactiveSeaTableOperations;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.SeaTableOperations;
import io.github.seatablespring.core.SeaTableTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the SeaTable client. Active when an API token is configured; then
 * every base in {@code seatable.*} gets a template with its own token and quota, and the
 * base of the top-level {@code seatable.api-token} is exposed as {@link SeaTableTemplate}
 * and {@link ReactiveSeaTableTemplate} beans.
 */
@AutoConfiguration(after = { WebClientAutoConfiguration.class, JacksonAutoConfiguration.class })
@ConditionalOnClass(WebClient.class)
@Conditional(OnSeaTableApiTokenCondition.class)
@EnableConfigurationProperties(SeaTableProperties.class)
@Import(SeaTableTemplateFactoryConfiguration.class)
public final class SeaTableAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(SeaTableConnectionDetails.class)
	PropertiesSeaTableConnectionDetails seaTableConnectionDetails(SeaTableProperties properties) {
		return new PropertiesSeaTableConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	SeaTableBases seaTableBases(SeaTableProperties properties, SeaTableConnectionDetails connectionDetails,
			Environment environment, SeaTableTemplateFactory factory) {
		Map<String, SeaTableTemplateFactory.Base> bases = new LinkedHashMap<>();
		SeaTableBaseSettings.of(connected(properties, connectionDetails, environment), Binder.get(environment))
			.forEach((name, settings) -> bases.put(name, factory.create(settings)));
		if (bases.isEmpty()) {
			throw new InvalidConfigurationPropertyValueException("seatable.enabled", true,
					"The SeaTable client is on but no base is configured: set seatable.api-token "
							+ "(or seatable.bases.<name>.api-token) at run time, or remove seatable.enabled");
		}
		return new SeaTableBases(bases, factory, properties);
	}

	/**
	 * The properties with the servers and tokens of the connection details, which name
	 * every base; the other settings of those bases (quota, time-out) stay. A fresh
	 * binding, so the bound properties bean stays as configured.
	 */
	private static SeaTableProperties connected(SeaTableProperties properties, SeaTableConnectionDetails details,
			Environment environment) {
		if (details instanceof PropertiesSeaTableConnectionDetails) {
			return properties;
		}
		SeaTableProperties connected = Binder.get(environment).bindOrCreate("seatable", SeaTableProperties.class);
		connected.setServerUrl(details.getServerUrl());
		connected.setApiToken(details.getApiToken());
		// the details name every connection: a base only the properties name would talk
		// to their server
		connected.getBases().keySet().retainAll(details.getBases().keySet());
		details.getBases().forEach((name, base) -> {
			SeaTableProperties.Base target = connected.getBases()
				.computeIfAbsent(name, (key) -> new SeaTableProperties.Base());
			target.setApiToken(base.apiToken());
			if (base.serverUrl() != null) {
				target.setServerUrl(base.serverUrl());
			}
		});
		return connected;
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

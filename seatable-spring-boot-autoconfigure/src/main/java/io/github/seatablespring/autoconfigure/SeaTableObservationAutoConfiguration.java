package io.github.seatablespring.autoconfigure;

import io.github.seatablespring.observation.SeaTableClientRequestObservationConvention;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.ClientRequestObservationConvention;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Tags SeaTable's {@code http.client.requests} with {@code seatable.base}. Boot's
 * {@code ObservationWebClientCustomizer} has already given the {@link WebClient.Builder}
 * the application's registry; this adds the base name to every request and wraps the
 * application's convention. Without an observation registry nothing is recorded and
 * nothing is paid.
 */
@AutoConfiguration(before = SeaTableAutoConfiguration.class)
@ConditionalOnClass(WebClient.class)
@Conditional(OnSeaTableApiTokenCondition.class)
public final class SeaTableObservationAutoConfiguration {

	/** Boot's property naming the client observations. */
	static final String CLIENT_REQUESTS_NAME = "management.observations.http.client.requests.name";

	@Bean
	@ConditionalOnMissingBean(name = "seaTableObservationWebClientCustomizer")
	SeaTableWebClientCustomizer seaTableObservationWebClientCustomizer(
			ObjectProvider<ClientRequestObservationConvention> convention, Environment environment) {
		return (baseName, builder) -> {
			ClientRequestObservationConvention delegate = convention
				.getIfUnique(() -> new DefaultClientRequestObservationConvention(
						environment.getProperty(CLIENT_REQUESTS_NAME, "http.client.requests")));
			builder.defaultRequest(
					(request) -> request.attribute(SeaTableClientRequestObservationConvention.BASE_ATTRIBUTE, baseName))
				.observationConvention(new SeaTableClientRequestObservationConvention(delegate));
		};
	}

}

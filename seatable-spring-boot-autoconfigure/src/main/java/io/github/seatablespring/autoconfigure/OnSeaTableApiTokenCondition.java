package io.github.seatablespring.autoconfigure;

import java.util.Arrays;
import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when an API token is configured: {@code seatable.api-token} or any
 * {@code seatable.bases.<name>.api-token}. Without one the client stays off and the
 * application starts as if the starter were absent. A blank token counts as not set, so
 * that {@code api-token: ${SEATABLE_API_TOKEN:}} switches the client off when the
 * variable is missing. {@code seatable.enabled}, when set, decides alone.
 */
class OnSeaTableApiTokenCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Binder binder = Binder.get(context.getEnvironment());
		Boolean enabled = binder.bind("seatable.enabled", Boolean.class).orElse(null);
		if (enabled != null) {
			// explicit, so that an AOT build does not depend on a token being present at
			// build time
			return enabled ? ConditionOutcome.match("seatable.enabled is true")
					: ConditionOutcome.noMatch("seatable.enabled is false");
		}
		if (OnDefaultBaseCondition.hasDefaultToken(binder)) {
			return ConditionOutcome.match("seatable.api-token is set");
		}
		if (connectionDetails(context).length > 0) {
			return ConditionOutcome.match("a SeaTableConnectionDetails bean is defined");
		}
		Map<String, SeaTableProperties.Base> bases = binder
			.bind("seatable.bases", Bindable.mapOf(String.class, SeaTableProperties.Base.class))
			.orElse(Map.of());
		if (bases.values().stream().anyMatch((base) -> StringUtils.hasText(base.getApiToken()))) {
			return ConditionOutcome.match("seatable.bases.<name>.api-token is set");
		}
		return ConditionOutcome.noMatch("neither seatable.api-token nor seatable.bases.<name>.api-token is set");
	}

	/**
	 * The names of the SeaTableConnectionDetails beans defined so far by tests or the
	 * application; the auto-configured one, backed by the very properties the conditions
	 * read, does not count.
	 */
	static String[] connectionDetails(ConditionContext context) {
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (beanFactory == null) {
			return new String[0];
		}
		return Arrays.stream(beanFactory.getBeanNamesForType(SeaTableConnectionDetails.class, true, false))
			.filter((name) -> !PropertiesSeaTableConnectionDetails.class.equals(beanFactory.getType(name, false)))
			.toArray(String[]::new);
	}

}

package io.github.seatablespring.autoconfigure;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when an API token is configured: {@code seatable.api-token} or any
 * {@code seatable.bases.<name>.api-token}. Without one the client stays off and the application
 * starts as if the starter were absent. A blank token counts as not set, so that
 * {@code api-token: ${SEATABLE_API_TOKEN:}} switches the client off when the variable is missing.
 */
class OnSeaTableApiTokenCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Binder binder = Binder.get(context.getEnvironment());
		if (OnDefaultBaseCondition.hasDefaultToken(binder)) {
			return ConditionOutcome.match("seatable.api-token is set");
		}
		Map<String, SeaTableProperties.Base> bases = binder
			.bind("seatable.bases", Bindable.mapOf(String.class, SeaTableProperties.Base.class))
			.orElse(Map.of());
		if (bases.values().stream().anyMatch((base) -> StringUtils.hasText(base.getApiToken()))) {
			return ConditionOutcome.match("seatable.bases.<name>.api-token is set");
		}
		return ConditionOutcome.noMatch("neither seatable.api-token nor seatable.bases.<name>.api-token is set");
	}

}

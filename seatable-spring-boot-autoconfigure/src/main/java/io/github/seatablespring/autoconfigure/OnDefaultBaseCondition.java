package io.github.seatablespring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the default base is configured: {@code seatable.api-token} holds a token. Only then
 * are the unnamed {@code SeaTableTemplate} beans created; named bases are reached through
 * {@link SeaTableBases}.
 */
class OnDefaultBaseCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return hasDefaultToken(Binder.get(context.getEnvironment()))
				? ConditionOutcome.match("seatable.api-token is set")
				: ConditionOutcome.noMatch("seatable.api-token is not set");
	}

	static boolean hasDefaultToken(Binder binder) {
		return binder.bind("seatable.api-token", String.class).map(StringUtils::hasText).orElse(false);
	}

}

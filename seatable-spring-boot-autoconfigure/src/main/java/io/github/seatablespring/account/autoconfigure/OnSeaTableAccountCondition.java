package io.github.seatablespring.account.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code seatable.account.username} or {@code seatable.account.token} is
 * set; a blank value counts as not set, so {@code ${SEATABLE_USERNAME:}} switches the
 * account operations off.
 */
class OnSeaTableAccountCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("seatable.account.username"))) {
			return ConditionOutcome.match("seatable.account.username is set");
		}
		if (StringUtils.hasText(environment.getProperty("seatable.account.token"))) {
			return ConditionOutcome.match("seatable.account.token is set");
		}
		return ConditionOutcome.noMatch("neither seatable.account.username nor seatable.account.token is set");
	}

}

package io.github.seatablespring.autoconfigure;

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
 * Matches when the default base is configured: {@code seatable.api-token} holds a token.
 * Only then are the unnamed {@code SeaTableTemplate} beans created; named bases are
 * reached through {@link SeaTableBases}.
 */
class OnDefaultBaseCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if (hasDefaultConnection(context)) {
			return ConditionOutcome.match("a SeaTableConnectionDetails bean names a default base");
		}
		return isDefaultBaseConfigured(Binder.get(context.getEnvironment()))
				? ConditionOutcome.match("seatable.api-token is set")
				: ConditionOutcome.noMatch("seatable.api-token is not set");
	}

	/**
	 * Whether the default base is configured: its token is set, or
	 * {@code seatable.enabled=true} asks for the client without naming bases (an AOT
	 * build, whose token comes at run time).
	 */
	static boolean isDefaultBaseConfigured(Binder binder) {
		if (hasDefaultToken(binder)) {
			return true;
		}
		return binder.bind("seatable.enabled", Boolean.class).orElse(false)
				&& binder.bind("seatable.bases", Bindable.mapOf(String.class, Object.class))
					.map(Map::isEmpty)
					.orElse(true);
	}

	/**
	 * Whether connection details name a default base. A registered instance (such as the
	 * one of {@code @EmbeddedSeaTable}) is asked; a bean not created yet is assumed to
	 * name one.
	 */
	private static boolean hasDefaultConnection(ConditionContext context) {
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		for (String name : OnSeaTableApiTokenCondition.connectionDetails(context)) {
			if (beanFactory == null || !beanFactory.containsSingleton(name)) {
				return true;
			}
			if (beanFactory.getSingleton(name) instanceof SeaTableConnectionDetails details
					&& StringUtils.hasText(details.getApiToken())) {
				return true;
			}
		}
		return false;
	}

	static boolean hasDefaultToken(Binder binder) {
		return binder.bind("seatable.api-token", String.class).map(StringUtils::hasText).orElse(false);
	}

}

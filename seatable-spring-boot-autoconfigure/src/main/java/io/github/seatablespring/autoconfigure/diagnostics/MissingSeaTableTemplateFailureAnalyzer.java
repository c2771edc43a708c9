package io.github.seatablespring.autoconfigure.diagnostics;

import java.util.Map;
import java.util.Set;

import io.github.seatablespring.core.ReactiveSeaTableOperations;
import io.github.seatablespring.core.SeaTableOperations;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Explains a missing {@code SeaTableTemplate}, {@code SeaTableOperations} or reactive
 * twin: which property to set, or, when only named bases are configured, that they are
 * reached through {@code SeaTableBases}. Runs before Boot's generic analysis of missing
 * beans.
 */
class MissingSeaTableTemplateFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private final Environment environment;

	MissingSeaTableTemplateFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		ResolvableType type = cause.getResolvableType();
		Class<?> required = (type != null) ? type.resolve() : cause.getBeanType();
		if (required == null || !(SeaTableOperations.class.isAssignableFrom(required)
				|| ReactiveSeaTableOperations.class.isAssignableFrom(required))) {
			return null;
		}
		String description = "A component needs a bean of type '" + required.getName() + "', but there is none: ";
		Binder binder = Binder.get(this.environment);
		if (!binder.bind("seatable.enabled", Boolean.class).orElse(true)) {
			return new FailureAnalysis(description + "the SeaTable client is switched off with seatable.enabled=false.",
					"Remove seatable.enabled=false, or do not inject SeaTable's templates where it is off.", cause);
		}
		Set<String> named = binder.bind("seatable.bases", Bindable.mapOf(String.class, Object.class))
			.map(Map::keySet)
			.orElse(Set.of());
		if (!named.isEmpty() && !StringUtils.hasText(binder.bind("seatable.api-token", String.class).orElse(null))) {
			String first = named.iterator().next();
			return new FailureAnalysis(
					description + "only named bases are configured (seatable.bases."
							+ named.toString().replace("[", "{").replace("]", "}")
							+ "), and the unnamed template beans exist only for seatable.api-token.",
					"Inject SeaTableBases and reach the base by name, for example bases.template(\"" + first
							+ "\") or bases.reactiveTemplate(\"" + first
							+ "\"); or set seatable.api-token to add a default base.",
					cause);
		}
		return new FailureAnalysis(description + "the SeaTable client is off because no API token is configured.",
				"Set seatable.api-token to the API token of your base (for example seatable.api-token=${SEATABLE_API_TOKEN:} "
						+ "in application.properties and the token in the environment variable SEATABLE_API_TOKEN), "
						+ "or configure named bases with seatable.bases.<name>.api-token.",
				cause);
	}

}

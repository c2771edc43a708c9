package io.github.seatablespring.actuate;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Hides SeaTable's secrets from {@code /actuator/env} and {@code /actuator/configprops},
 * even with {@code show-values=always}: {@code seatable.api-token}, every
 * {@code seatable.bases.<name>.api-token}, {@code seatable.account.password} and
 * {@code seatable.account.token}, in every spelling (kebab case, camel case as
 * configprops shows them, and environment variables such as
 * {@code SEATABLE_BASES_CRM_API_TOKEN}).
 */
public class SeaTableSanitizingFunction implements SanitizingFunction {

	@Override
	public SanitizableData apply(SanitizableData data) {
		return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
	}

	static boolean isSecret(String key) {
		String name = key.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
		if (!name.startsWith("seatable.")) {
			return false;
		}
		return name.endsWith(".apitoken") || name.endsWith(".api.token") || name.endsWith(".password")
				|| name.equals("seatable.account.token");
	}

}

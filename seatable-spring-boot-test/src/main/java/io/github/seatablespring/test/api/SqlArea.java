package io.github.seatablespring.test.api;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST .../sql/} (with or without the trailing slash, as the Python SDK sends it).
 * SELECT is open to read-only tokens; {@code convert_keys} defaults to {@code false}, as
 * the SDKs expect.
 */
final class SqlArea implements Area {

	@Override
	public void register(RouteTable routes) {
		routes.post(RouteTable.GATEWAY + "/sql/", Access.BASE_READ, (call) -> {
			List<Object> parameters = new ArrayList<>();
			if (call.body().get("parameters") instanceof List<?> given) {
				parameters.addAll(given);
			}
			return call.base()
				.sql(call.requiredString("sql"), parameters, call.flag("convert_keys", false), call.readOnly());
		});
	}

}

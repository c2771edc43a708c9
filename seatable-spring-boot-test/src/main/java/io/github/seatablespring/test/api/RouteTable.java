package io.github.seatablespring.test.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's routes: method + path template to handler, first registered first
 * matched.
 */
public final class RouteTable {

	/** The prefix of base operations. */
	public static final String GATEWAY = "/api-gateway/api/v2/dtables/{base_uuid}";

	private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]+)\\}");

	private final List<Route> routes = new ArrayList<>();

	public RouteTable get(String template, Access access, Handler handler) {
		return add("GET", template, access, handler);
	}

	public RouteTable post(String template, Access access, Handler handler) {
		return add("POST", template, access, handler);
	}

	public RouteTable put(String template, Access access, Handler handler) {
		return add("PUT", template, access, handler);
	}

	public RouteTable delete(String template, Access access, Handler handler) {
		return add("DELETE", template, access, handler);
	}

	public RouteTable add(String method, String template, Access access, Handler handler) {
		StringBuilder regex = new StringBuilder("^");
		List<String> names = new ArrayList<>();
		String path = template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
		Matcher variable = VARIABLE.matcher(path);
		int last = 0;
		while (variable.find()) {
			// a variable named *_path takes the rest of the path, slashes included
			regex.append(Pattern.quote(path.substring(last, variable.start())))
				.append(variable.group(1).endsWith("_path") ? "(.+?)" : "([^/]+)");
			names.add(variable.group(1));
			last = variable.end();
		}
		regex.append(Pattern.quote(path.substring(last))).append("/?$");
		this.routes
			.add(new Route(method, template, Pattern.compile(regex.toString()), List.copyOf(names), access, handler));
		return this;
	}

	/** The route for a request and its path variables, or {@code null}. */
	public @Nullable Match match(String method, String path) {
		for (Route route : this.routes) {
			if (route.method().equals(method)) {
				Matcher matcher = route.pattern().matcher(path);
				if (matcher.matches()) {
					Map<String, String> variables = new LinkedHashMap<>();
					for (int i = 0; i < route.names().size(); i++) {
						variables.put(route.names().get(i), matcher.group(i + 1));
					}
					return new Match(route, variables);
				}
			}
		}
		return null;
	}

	public List<Route> routes() {
		return List.copyOf(this.routes);
	}

	/**
	 * A matched route.
	 *
	 * @param route the route
	 * @param variables the path variables by name
	 */
	public record Match(Route route, Map<String, String> variables) {
	}

}

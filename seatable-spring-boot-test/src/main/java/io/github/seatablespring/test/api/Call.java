package io.github.seatablespring.test.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.test.http.ApiRequest;
import io.github.seatablespring.test.store.BaseStore;
import io.github.seatablespring.test.store.ColumnDef;
import io.github.seatablespring.test.store.EmulatedError;
import io.github.seatablespring.test.store.TableDef;
import org.jspecify.annotations.Nullable;

/**
 * One call of a route: the request, its path variables, the base its credentials opened
 * (if any) and helpers that read arguments as SeaTable reads them.
 */
public final class Call {

	private final ApiRequest request;

	private final Map<String, String> variables;

	private final @Nullable BaseStore base;

	private final boolean readOnly;

	private final Server server;

	private @Nullable Map<String, Object> body;

	public Call(ApiRequest request, Map<String, String> variables, @Nullable BaseStore base, boolean readOnly,
			Server server) {
		this.request = request;
		this.variables = variables;
		this.base = base;
		this.readOnly = readOnly;
		this.server = server;
	}

	public ApiRequest request() {
		return this.request;
	}

	public Server server() {
		return this.server;
	}

	public boolean readOnly() {
		return this.readOnly;
	}

	public BaseStore base() {
		if (this.base == null) {
			throw new IllegalStateException("this route has no base");
		}
		return this.base;
	}

	/** A path variable, decoded. */
	public String variable(String name) {
		String value = this.variables.get(name);
		if (value == null) {
			throw new IllegalStateException("no path variable " + name);
		}
		return value;
	}

	/** The JSON (or form) body. */
	public Map<String, Object> body() {
		if (this.body == null) {
			this.body = this.request.json();
		}
		return this.body;
	}

	public @Nullable String query(String name) {
		String value = this.request.query().get(name);
		return (value == null || value.isEmpty()) ? null : value;
	}

	public String requiredQuery(String name) {
		String value = query(name);
		if (value == null) {
			throw EmulatedError.badRequest(name + " is required");
		}
		return value;
	}

	public int intQuery(String name, int fallback) {
		String value = query(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Math.max(0, Integer.parseInt(value.trim()));
		}
		catch (NumberFormatException ex) {
			throw EmulatedError.badRequest(name + " invalid");
		}
	}

	/** A boolean query parameter; {@code true}, {@code 1} and {@code yes} are true. */
	public boolean flagQuery(String name, boolean fallback) {
		String value = query(name);
		return (value == null) ? fallback : flag(value);
	}

	public @Nullable String string(String name) {
		Object value = body().get(name);
		return (value instanceof String text && !text.isEmpty()) ? text
				: (value instanceof Number number) ? number.toString() : null;
	}

	public String requiredString(String name) {
		String value = string(name);
		if (value == null) {
			throw EmulatedError.badRequest(name + " is required");
		}
		return value;
	}

	/**
	 * A boolean body field: JSON {@code true}, or {@code "true"}/{@code "1"} from a form.
	 */
	public boolean flag(String name, boolean fallback) {
		Object value = body().get(name);
		if (value == null) {
			return fallback;
		}
		return (value instanceof Boolean bool) ? bool : flag(String.valueOf(value));
	}

	@SuppressWarnings("unchecked")
	public <T> List<T> list(String name) {
		if (body().get(name) instanceof List<?> value) {
			return (List<T>) value;
		}
		throw EmulatedError.badRequest(name + " is required");
	}

	/** The objects of a list field; anything else in it is refused. */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> objects(String name) {
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Object item : list(name)) {
			if (!(item instanceof Map<?, ?> map)) {
				throw EmulatedError.badRequest("each of " + name + " must be an object");
			}
			objects.add((Map<String, Object>) map);
		}
		return objects;
	}

	@SuppressWarnings("unchecked")
	public @Nullable Map<String, Object> object(String name) {
		return (body().get(name) instanceof Map<?, ?> map) ? (Map<String, Object>) map : null;
	}

	/**
	 * The table a call names: {@code table_name} or {@code table_id}, from the body or
	 * else the query (a name may also be an id, as SeaTable accepts).
	 */
	public TableDef table() {
		return table("table_name", "table_id");
	}

	/** The table named by one of these fields, from the body or else the query. */
	public TableDef table(String nameField, String idField) {
		String given = firstOf(nameField, idField);
		if (given == null) {
			throw EmulatedError.badRequest(nameField + " is required");
		}
		return base().table(given);
	}

	/** A column of {@code table} named by a body field (a column name or key). */
	public ColumnDef column(TableDef table, String field) {
		return table.column(requiredString(field));
	}

	private @Nullable String firstOf(String... fields) {
		for (String field : fields) {
			String value = (this.request.body().length > 0 && !this.request.method().equals("GET")) ? string(field)
					: null;
			if (value == null) {
				value = query(field);
			}
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static boolean flag(String value) {
		return value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes");
	}

}

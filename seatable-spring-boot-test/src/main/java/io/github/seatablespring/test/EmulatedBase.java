package io.github.seatablespring.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.seatablespring.test.Http.Failure;
import org.jspecify.annotations.Nullable;

/**
 * A base of a {@link SeaTableEmulator}: tables and columns kept in memory, rows kept in an
 * embedded H2 schema of its own (the single source of truth for the REST endpoints and SQL).
 *
 * <p>Created with {@link SeaTableEmulator#createBase(String)}. The seeding methods here do not go
 * through HTTP, are not journaled and do not count against the quota.
 */
public final class EmulatedBase {

	static final String CREATOR = "emulator@auth.local";

	static final int MAX_APPEND = 1000;

	static final int MAX_UPDATE = 1000;

	static final int MAX_DELETE = 10_000;

	static final int MAX_LIST = 1000;

	static final int SQL_DEFAULT_LIMIT = 100;

	static final int SQL_MAX_LIMIT = 10_000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

	private static final List<String> SYSTEM_COLUMNS = List.of("_id", "_ctime", "_mtime", "_creator",
			"_last_modifier", "_locked", "_locked_by", "_archived");

	private static final Pattern LIMIT = Pattern.compile("\\blimit\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern LITERALS = Pattern.compile("'(?:[^']|'')*'");

	private static final Pattern UPDATE_SET = Pattern.compile("^\\s*update\\s+.+?\\s+set\\s+",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private final SeaTableEmulator emulator;

	private final String uuid;

	private final String name;

	private final String apiToken;

	private final Connection connection;

	private final Map<String, TableDef> tables = new LinkedHashMap<>();

	EmulatedBase(SeaTableEmulator emulator, String uuid, String name, Connection connection) {
		this.emulator = emulator;
		this.uuid = uuid;
		this.name = name;
		this.connection = connection;
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + quote(schema()));
			statement.execute("SET SCHEMA " + quote(schema()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the H2 schema of base " + name, ex);
		}
		this.apiToken = emulator.registerApiToken(this, false);
	}

	/** The base's uuid ({@code dtable_uuid}). */
	public String uuid() {
		return this.uuid;
	}

	/** The base's name ({@code dtable_name}). */
	public String name() {
		return this.name;
	}

	/** The read-write API token created with the base (40 characters). */
	public String apiToken() {
		return this.apiToken;
	}

	/**
	 * Creates another API token for this base.
	 * @param readOnly {@code true} for a token whose base tokens may only read
	 * @return the new API token
	 */
	public String createApiToken(boolean readOnly) {
		return this.emulator.registerApiToken(this, readOnly);
	}

	/**
	 * Creates a table with a Default View.
	 * @return this base, for chaining
	 */
	public synchronized EmulatedBase createTable(String tableName, List<EmulatedColumn> columns) {
		addTable(tableName, columns);
		return this;
	}

	/** Appends a column to a table. */
	public synchronized EmulatedBase addColumn(String tableName, EmulatedColumn column) {
		addColumnTo(table(tableName), column);
		return this;
	}

	/**
	 * Inserts rows (values keyed by column name; unknown names are ignored) without going through HTTP.
	 * @return the new rows' ids
	 */
	public synchronized List<String> insertRows(String tableName, List<? extends Map<String, ?>> rows) {
		return insert(table(tableName), rows);
	}

	/** The current rows of a table in insertion order, keyed by column name (with {@code _id}, {@code _ctime}...). */
	public synchronized List<Map<String, Object>> rows(String tableName) {
		TableDef table = table(tableName);
		return select(table, "SELECT * FROM " + quote(table.name) + " ORDER BY _ROWID_", List.of(), true);
	}

	/** Deletes a table and its rows, if it exists. */
	public synchronized EmulatedBase dropTable(String tableName) {
		if (this.tables.remove(tableName) != null) {
			execute("DROP TABLE " + quote(tableName), List.of());
		}
		return this;
	}

	/** The names of the base's tables. */
	public synchronized List<String> tableNames() {
		return List.copyOf(this.tables.keySet());
	}

	// ---- operations behind the HTTP endpoints -------------------------------------------------

	synchronized Map<String, Object> metadata() {
		List<Object> tableJson = new ArrayList<>();
		for (TableDef table : this.tables.values()) {
			tableJson.add(table.json(false));
		}
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("tables", tableJson);
		metadata.put("version", 1);
		metadata.put("format_version", 9);
		metadata.put("settings", Map.of());
		return Map.of("metadata", metadata);
	}

	synchronized Map<String, Object> listRows(Map<String, String> query) {
		TableDef table = table(required(query, "table_name"));
		String view = query.get("view_name");
		if (view != null && !view.isEmpty() && !view.equals("Default View")) {
			throw Failure.notFound("view " + view + " not found");
		}
		int start = integer(query, "start", 0);
		int limit = Math.min(integer(query, "limit", MAX_LIST), MAX_LIST);
		boolean convertKeys = convertKeys(query.get("convert_keys"));
		String orderBy = "_ROWID_";
		String order = query.get("order_by");
		if (order != null && !order.isEmpty()) {
			String column = SYSTEM_COLUMNS.contains(order) ? order : table.column(order).name;
			String direction = "desc".equalsIgnoreCase(query.get("direction")) ? " DESC" : " ASC";
			orderBy = quote(column) + direction + ", _ROWID_";
		}
		String sql = "SELECT * FROM " + quote(table.name) + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?";
		return Map.of("rows", select(table, sql, List.of(limit, start), convertKeys));
	}

	synchronized Map<String, Object> getRow(String rowId, Map<String, String> query) {
		TableDef table = table(required(query, "table_name"));
		List<Map<String, Object>> rows = select(table, "SELECT * FROM " + quote(table.name) + " WHERE _id = ?",
				List.of(rowId), convertKeys(query.get("convert_keys")));
		if (rows.isEmpty()) {
			throw Failure.notFound("row _id not exits");
		}
		return rows.get(0);
	}

	synchronized Map<String, Object> appendRows(Map<String, Object> body) {
		TableDef table = table(requiredString(body, "table_name"));
		List<Map<String, Object>> rows = requiredList(body, "rows");
		if (rows.size() > MAX_APPEND) {
			throw Failure.badRequest("The number of rows to append exceeds the limit of " + MAX_APPEND);
		}
		List<String> ids = insert(table, rows);
		List<Object> rowIds = new ArrayList<>();
		ids.forEach((id) -> rowIds.add(Map.of("_id", id)));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("inserted_row_count", ids.size());
		result.put("row_ids", rowIds);
		result.put("first_row", ids.isEmpty() ? Map.of()
				: select(table, "SELECT * FROM " + quote(table.name) + " WHERE _id = ?", List.of(ids.get(0)), false)
					.get(0));
		return result;
	}

	synchronized Map<String, Object> updateRows(Map<String, Object> body) {
		TableDef table = table(requiredString(body, "table_name"));
		List<Map<String, Object>> updates = requiredList(body, "updates");
		if (updates.size() > MAX_UPDATE) {
			throw Failure.badRequest("The number of rows to update exceeds the limit of " + MAX_UPDATE);
		}
		String now = now();
		for (Map<String, Object> update : updates) {
			Object rowId = update.get("row_id");
			if (!(update.get("row") instanceof Map<?, ?> values) || rowId == null) {
				throw Failure.badRequest("each update needs row_id and row");
			}
			StringBuilder sql = new StringBuilder("UPDATE ").append(quote(table.name))
				.append(" SET _mtime = ?, _last_modifier = ?");
			List<@Nullable Object> parameters = new ArrayList<>(List.of(now, CREATOR));
			values.forEach((column, value) -> {
				ColumnDef def = table.findColumn(String.valueOf(column));
				if (def != null) {
					sql.append(", ").append(quote(def.name)).append(" = ?");
					parameters.add(def.kind().toDb(value));
				}
			});
			sql.append(" WHERE _id = ?");
			parameters.add(rowId.toString());
			execute(sql.toString(), parameters);
		}
		return Map.of("success", true);
	}

	synchronized Map<String, Object> deleteRows(Map<String, Object> body) {
		TableDef table = table(requiredString(body, "table_name"));
		List<Object> rowIds = requiredList(body, "row_ids");
		if (rowIds.size() > MAX_DELETE) {
			throw Failure.badRequest("The number of rows to delete exceeds the limit of " + MAX_DELETE);
		}
		int deleted = 0;
		for (Object rowId : rowIds) {
			deleted += execute("DELETE FROM " + quote(table.name) + " WHERE _id = ?", List.of(String.valueOf(rowId)));
		}
		return Map.of("success", true, "deleted_rows", deleted);
	}

	synchronized Map<String, Object> createTable(Map<String, Object> body) {
		String tableName = requiredString(body, "table_name");
		List<EmulatedColumn> columns = new ArrayList<>();
		Object given = body.get("columns");
		if (given instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map<?, ?> column) {
					columns.add(columnFrom(column));
				}
			}
		}
		TableDef table = addTable(tableName, columns);
		Map<String, Object> json = table.json(true);
		return json;
	}

	synchronized Map<String, Object> insertColumn(Map<String, Object> body) {
		TableDef table = table(requiredString(body, "table_name"));
		return addColumnTo(table, columnFrom(body)).json();
	}

	synchronized Map<String, Object> listColumns(Map<String, String> query) {
		TableDef table = table(required(query, "table_name"));
		List<Object> columns = new ArrayList<>();
		table.columns.forEach((column) -> columns.add(column.json()));
		return Map.of("columns", columns);
	}

	synchronized Map<String, Object> sql(Map<String, Object> body, boolean readOnly) {
		String sql = requiredString(body, "sql").trim();
		boolean convertKeys = !Boolean.FALSE.equals(body.get("convert_keys"))
				&& !"false".equals(String.valueOf(body.get("convert_keys")));
		List<@Nullable Object> parameters = new ArrayList<>();
		if (body.get("parameters") instanceof List<?> given) {
			parameters.addAll(given);
		}
		String verb = sql.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		Map<String, Object> result = new LinkedHashMap<>();
		switch (verb) {
			case "select" -> {
				int maxRows = LIMIT.matcher(LITERALS.matcher(sql).replaceAll("''")).find() ? SQL_MAX_LIMIT
						: SQL_DEFAULT_LIMIT;
				List<Object> metadata = new ArrayList<>();
				result.put("results", query(sql, parameters, maxRows, convertKeys, metadata));
				result.put("metadata", metadata);
			}
			case "update", "delete" -> {
				if (readOnly) {
					throw Failure.permissionDenied();
				}
				String statement = sql;
				Matcher set = UPDATE_SET.matcher(sql);
				if (verb.equals("update") && set.find()) {
					statement = set.group() + "_mtime = '" + now() + "', _last_modifier = '" + CREATOR + "', "
							+ sql.substring(set.end());
				}
				int affected = execute(statement, parameters);
				result.put("results", List.of());
				result.put("metadata", List.of());
				result.put("affected_rows", affected);
			}
			case "insert" ->
				throw Failure.badRequest("base " + this.uuid + " not found: insert on non-existent base");
			default -> throw Failure.badRequest("only SELECT, UPDATE and DELETE statements are supported");
		}
		result.put("success", true);
		result.put("is_join_stmt", false);
		result.put("error_message", "");
		return result;
	}

	void close() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// closing the whole database anyway
		}
	}

	// ---- internals -----------------------------------------------------------------------------

	private TableDef addTable(String tableName, List<EmulatedColumn> columns) {
		if (tableName.isBlank()) {
			throw Failure.badRequest("table_name invalid");
		}
		if (this.tables.containsKey(tableName)) {
			throw Failure.badRequest("table " + tableName + " already exists");
		}
		String id = this.tables.isEmpty() ? "0000" : Ids.uniqueKey(this.tables.values().stream().map((t) -> t.id).toList());
		TableDef table = new TableDef(id, tableName);
		StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(quote(tableName)).append(" (")
			.append("_id VARCHAR(32) PRIMARY KEY, _ctime VARCHAR, _mtime VARCHAR, _creator VARCHAR, ")
			.append("_last_modifier VARCHAR, _locked BOOLEAN, _locked_by VARCHAR, _archived BOOLEAN)");
		execute(ddl.toString(), List.of());
		this.tables.put(tableName, table);
		if (columns.isEmpty()) {
			columns = List.of(EmulatedColumn.of("Name", "text"));
		}
		for (EmulatedColumn column : columns) {
			addColumnTo(table, column);
		}
		return table;
	}

	private ColumnDef addColumnTo(TableDef table, EmulatedColumn column) {
		if (column.name().isBlank() || table.findColumn(column.name()) != null
				|| SYSTEM_COLUMNS.contains(column.name())) {
			throw Failure.badRequest("column name " + column.name() + " is invalid or exists already");
		}
		String key = table.columns.isEmpty() ? "0000"
				: Ids.uniqueKey(table.columns.stream().map(ColumnDef::key).toList());
		ColumnDef def = new ColumnDef(key, column.name(), column.type(), columnData(column));
		execute("ALTER TABLE " + quote(table.name) + " ADD COLUMN " + quote(def.name) + " " + def.kind().sqlType,
				List.of());
		table.columns.add(def);
		return def;
	}

	private static @Nullable Map<String, Object> columnData(EmulatedColumn column) {
		if (column.data() != null) {
			return column.data();
		}
		return switch (column.type()) {
			case "number" -> Map.of("format", "number", "decimal", "dot", "thousands", "no");
			case "rate" -> Map.of("rate_max_number", 5);
			default -> null;
		};
	}

	@SuppressWarnings("unchecked")
	private static EmulatedColumn columnFrom(Map<?, ?> json) {
		Object name = json.get("column_name");
		Object type = json.get("column_type");
		if (!(name instanceof String columnName) || !(type instanceof String columnType)) {
			throw Failure.badRequest("column_name and column_type are required");
		}
		Object data = json.get("column_data");
		return new EmulatedColumn(columnName, columnType, (data instanceof Map) ? (Map<String, Object>) data : null);
	}

	private List<String> insert(TableDef table, List<? extends Map<String, ?>> rows) {
		List<String> ids = new ArrayList<>();
		String now = now();
		StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(table.name))
			.append(" (_id, _ctime, _mtime, _creator, _last_modifier, _locked, _locked_by, _archived");
		table.columns.forEach((column) -> sql.append(", ").append(quote(column.name)));
		sql.append(") VALUES (?, ?, ?, ?, ?, NULL, NULL, FALSE").append(", ?".repeat(table.columns.size())).append(")");
		try (PreparedStatement statement = this.connection.prepareStatement(sql.toString())) {
			for (Map<String, ?> row : rows) {
				String id = Ids.rowId();
				ids.add(id);
				statement.setString(1, id);
				statement.setString(2, now);
				statement.setString(3, now);
				statement.setString(4, CREATOR);
				statement.setString(5, CREATOR);
				int index = 6;
				for (ColumnDef column : table.columns) {
					statement.setObject(index++, column.kind().toDb(row.get(column.name)));
				}
				statement.addBatch();
			}
			statement.executeBatch();
		}
		catch (SQLException ex) {
			throw Failure.badRequest(ex.getMessage());
		}
		return ids;
	}

	private List<Map<String, Object>> select(TableDef table, String sql, List<?> parameters, boolean convertKeys) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			bind(statement, parameters);
			try (ResultSet resultSet = statement.executeQuery()) {
				ResultSetMetaData meta = resultSet.getMetaData();
				List<Map<String, Object>> rows = new ArrayList<>();
				while (resultSet.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						String label = meta.getColumnLabel(i);
						ColumnDef column = table.findColumn(label);
						if (column != null) {
							row.put(convertKeys ? column.name : column.key, column.kind().fromDb(resultSet.getObject(i)));
						}
						else {
							row.put(label, ColumnKind.plain(resultSet.getObject(i)));
						}
					}
					rows.add(row);
				}
				return rows;
			}
		}
		catch (SQLException ex) {
			throw Failure.badRequest(ex.getMessage());
		}
	}

	private List<Object> query(String sql, List<?> parameters, int maxRows, boolean convertKeys,
			List<Object> metadata) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setMaxRows(maxRows);
			bind(statement, parameters);
			try (ResultSet resultSet = statement.executeQuery()) {
				ResultSetMetaData meta = resultSet.getMetaData();
				int count = meta.getColumnCount();
				String[] keys = new String[count + 1];
				@Nullable ColumnDef[] columns = new ColumnDef[count + 1];
				for (int i = 1; i <= count; i++) {
					String label = meta.getColumnLabel(i);
					TableDef table = findTable(meta.getTableName(i));
					ColumnDef column = (table != null) ? table.findColumn(meta.getColumnName(i)) : null;
					columns[i] = column;
					boolean aliased = !label.equals(meta.getColumnName(i));
					if (column != null) {
						keys[i] = aliased ? label : (convertKeys ? column.name : column.key);
						Map<String, Object> info = new LinkedHashMap<>();
						info.put("key", column.key);
						info.put("name", aliased ? label : column.name);
						info.put("type", column.type);
						info.put("data", column.data);
						metadata.add(info);
					}
					else {
						keys[i] = label;
						Map<String, Object> info = new LinkedHashMap<>();
						info.put("key", label);
						info.put("name", label);
						info.put("type", sqlType(meta.getColumnType(i), label));
						info.put("data", null);
						metadata.add(info);
					}
				}
				List<Object> rows = new ArrayList<>();
				while (resultSet.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int i = 1; i <= count; i++) {
						ColumnDef column = columns[i];
						Object value = resultSet.getObject(i);
						row.put(keys[i], (column != null) ? column.kind().fromDb(value) : ColumnKind.plain(value));
					}
					rows.add(row);
				}
				return rows;
			}
		}
		catch (SQLException ex) {
			throw Failure.badRequest(ex.getMessage());
		}
	}

	private static String sqlType(int type, String label) {
		if (label.startsWith("_")) {
			return label.equals("_ctime") || label.equals("_mtime") ? label.substring(1) : "text";
		}
		return switch (type) {
			case Types.BOOLEAN, Types.BIT -> "checkbox";
			case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC, Types.INTEGER, Types.BIGINT,
					Types.SMALLINT, Types.TINYINT -> "number";
			default -> "text";
		};
	}

	private int execute(String sql, List<?> parameters) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			bind(statement, parameters);
			return statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw Failure.badRequest(ex.getMessage());
		}
	}

	private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
		for (int i = 0; i < parameters.size(); i++) {
			Object value = parameters.get(i);
			statement.setObject(i + 1, (value instanceof Map || value instanceof Collection) ? Http.json(value) : value);
		}
	}

	private @Nullable TableDef findTable(@Nullable String tableName) {
		if (tableName == null || tableName.isEmpty()) {
			return null;
		}
		TableDef table = this.tables.get(tableName);
		if (table != null) {
			return table;
		}
		return this.tables.values().stream().filter((t) -> t.name.equalsIgnoreCase(tableName)).findFirst()
			.orElse(null);
	}

	private TableDef table(String tableName) {
		TableDef table = this.tables.get(tableName);
		if (table == null) {
			throw Failure.notFound("table " + tableName + " not found");
		}
		return table;
	}

	private String schema() {
		return "base_" + this.uuid.replace("-", "");
	}

	private String now() {
		return TIME.format(this.emulator.clock().instant().atOffset(ZoneOffset.UTC));
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static boolean convertKeys(@Nullable String value) {
		return value == null || !value.equalsIgnoreCase("false");
	}

	private static String required(Map<String, String> query, String name) {
		String value = query.get(name);
		if (value == null || value.isEmpty()) {
			throw Failure.badRequest(name + " is required");
		}
		return value;
	}

	private static int integer(Map<String, String> query, String name, int fallback) {
		String value = query.get(name);
		if (value == null || value.isEmpty()) {
			return fallback;
		}
		try {
			return Math.max(0, Integer.parseInt(value));
		}
		catch (NumberFormatException ex) {
			throw Failure.badRequest(name + " invalid");
		}
	}

	private static String requiredString(Map<String, Object> body, String name) {
		if (body.get(name) instanceof String value && !value.isEmpty()) {
			return value;
		}
		throw Failure.badRequest(name + " is required");
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> requiredList(Map<String, Object> body, String name) {
		if (body.get(name) instanceof List<?> value) {
			return (List<T>) value;
		}
		throw Failure.badRequest(name + " is required");
	}

	@Override
	public String toString() {
		return "EmulatedBase[" + this.name + ", " + this.uuid + "]";
	}

	/** A table's definition; its rows live in H2. */
	static final class TableDef {

		final String id;

		final String name;

		final List<ColumnDef> columns = new ArrayList<>();

		TableDef(String id, String name) {
			this.id = id;
			this.name = name;
		}

		@Nullable ColumnDef findColumn(String columnName) {
			for (ColumnDef column : this.columns) {
				if (column.name.equals(columnName)) {
					return column;
				}
			}
			return null;
		}

		ColumnDef column(String columnName) {
			ColumnDef column = findColumn(columnName);
			if (column == null) {
				throw Failure.badRequest("column " + columnName + " not found");
			}
			return column;
		}

		Map<String, Object> json(boolean created) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("_id", this.id);
			json.put("name", this.name);
			List<Object> columnJson = new ArrayList<>();
			this.columns.forEach((column) -> columnJson.add(column.json()));
			json.put("columns", columnJson);
			json.put("header_settings", Map.of());
			json.put("is_header_locked", false);
			json.put("summary_configs", Map.of());
			if (created) {
				json.put("rows", List.of());
				json.put("id_row_map", Map.of());
				json.put("view_structure", Map.of("folders", List.of(), "view_ids", List.of("0000")));
			}
			json.put("views", List.of(defaultView(created)));
			return json;
		}

		/** The Default View; the answer to creating a table has {@code link_rows}, the metadata's views do not. */
		private static Map<String, Object> defaultView(boolean created) {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("_id", "0000");
			view.put("name", "Default View");
			view.put("type", "table");
			view.put("is_locked", false);
			view.put("row_height", "default");
			view.put("filter_conjunction", "And");
			view.put("filters", List.of());
			view.put("sorts", List.of());
			view.put("groupbys", List.of());
			view.put("colorbys", Map.of());
			view.put("colors", Map.of());
			view.put("column_colors", Map.of());
			view.put("hidden_columns", List.of());
			view.put("rows", List.of());
			view.put("formula_rows", Map.of());
			if (created) {
				view.put("link_rows", Map.of());
			}
			view.put("summaries", Map.of());
			view.put("groups", List.of());
			view.put("private_for", null);
			return view;
		}

	}

	/** A column's definition. */
	record ColumnDef(String key, String name, String type, @Nullable Map<String, Object> data) {

		ColumnKind kind() {
			return ColumnKind.of(this.type);
		}

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("key", this.key);
			json.put("name", this.name);
			json.put("type", this.type);
			json.put("data", this.data);
			json.put("width", 200);
			json.put("editable", true);
			json.put("resizable", true);
			json.put("draggable", true);
			json.put("description", null);
			json.put("colorbys", Map.of());
			json.put("permission_type", "");
			json.put("permitted_users", List.of());
			json.put("permitted_group", List.of());
			json.put("edit_metadata_permission_type", "");
			json.put("edit_metadata_permitted_users", List.of());
			json.put("edit_metadata_permitted_group", List.of());
			return json;
		}

	}

}

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

	/** Link pairs by link id. */
	private final Map<String, LinkDef> links = new LinkedHashMap<>();

	/** SeaTable sends the first 50 links of a link cell with a row; query-links pages through all. */
	static final int LINK_CELL_LIMIT = 50;

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
		TableDef dropped = this.tables.remove(tableName);
		if (dropped != null) {
			execute("DROP TABLE " + quote(tableName), List.of());
			// its links go with it, and so do the link columns of other tables that pointed to it
			this.links.values().removeIf((link) -> link.tableId.equals(dropped.id) || link.otherTableId.equals(dropped.id));
			for (TableDef table : this.tables.values()) {
				for (ColumnDef column : List.copyOf(table.columns)) {
					if (column.type.equals("link") && column.data != null && !this.links.containsKey(String.valueOf(column.data.get("link_id")))) {
						table.columns.remove(column);
						execute("ALTER TABLE " + quote(table.name) + " DROP COLUMN " + quote(column.name), List.of());
					}
				}
			}
		}
		return this;
	}

	/** The names of the base's tables. */
	public synchronized List<String> tableNames() {
		return List.copyOf(this.tables.keySet());
	}

	// ---- fixtures ------------------------------------------------------------------------------

	/**
	 * Seeds the base from a JSON fixture:
	 * {@code {"tables": [{"name": "Contacts", "columns": [{"name": "Name", "type": "text"}, ...], "rows": [{"Name": "Ann"}, ...]}]}}.
	 * A table that does not exist is created with the columns given (a column may have {@code data});
	 * for one that exists, the columns it lacks are added. The rows are appended.
	 * @return this base, for chaining
	 */
	public EmulatedBase load(java.nio.file.Path json) {
		return loadJson(read(json), json.toString());
	}

	/** Seeds the base from a JSON fixture read from this stream (not closed); see {@link #load(java.nio.file.Path)}. */
	public EmulatedBase load(java.io.InputStream json) {
		return loadJson(read(json), "stream");
	}

	/** Seeds the base from a JSON fixture resource; see {@link #load(java.nio.file.Path)}. */
	public EmulatedBase load(org.springframework.core.io.Resource json) {
		try (java.io.InputStream in = json.getInputStream()) {
			return loadJson(read(in), json.getDescription());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("Could not read fixture " + json.getDescription(), ex);
		}
	}

	/**
	 * Appends the rows of a CSV file (RFC 4180, UTF-8, the first record names the columns) to a table.
	 * A table that does not exist is created with text columns; for one that exists, the values are
	 * converted to its columns' types (numbers, {@code true}/{@code 1}/{@code yes} for checkboxes,
	 * comma-separated or JSON lists for multiple-select) and columns it lacks are added as text columns.
	 * Empty values are left empty.
	 * @return the new rows' ids
	 */
	public List<String> loadCsv(String tableName, java.nio.file.Path csv) {
		return loadCsvText(tableName, read(csv));
	}

	/** Appends the rows of CSV read from this stream (not closed); see {@link #loadCsv(String, java.nio.file.Path)}. */
	public List<String> loadCsv(String tableName, java.io.InputStream csv) {
		return loadCsvText(tableName, read(csv));
	}

	/** Appends the rows of a CSV resource; see {@link #loadCsv(String, java.nio.file.Path)}. */
	public List<String> loadCsv(String tableName, org.springframework.core.io.Resource csv) {
		try (java.io.InputStream in = csv.getInputStream()) {
			return loadCsvText(tableName, read(in));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("Could not read CSV " + csv.getDescription(), ex);
		}
	}

	private synchronized EmulatedBase loadJson(String text, String source) {
		if (!(Http.parse(text) instanceof Map<?, ?> fixture) || !(fixture.get("tables") instanceof List<?> tables)) {
			throw new IllegalArgumentException("fixture " + source + " has no \"tables\" array");
		}
		for (Object item : tables) {
			if (!(item instanceof Map<?, ?> tableJson) || !(tableJson.get("name") instanceof String tableName)) {
				throw new IllegalArgumentException("every table of fixture " + source + " needs a \"name\"");
			}
			List<EmulatedColumn> columns = new ArrayList<>();
			if (tableJson.get("columns") instanceof List<?> columnList) {
				for (Object columnItem : columnList) {
					if (!(columnItem instanceof Map<?, ?> column) || !(column.get("name") instanceof String columnName)) {
						throw new IllegalArgumentException("every column of table " + tableName + " needs a \"name\"");
					}
					String type = (column.get("type") instanceof String given) ? given : "text";
					@SuppressWarnings("unchecked")
					Map<String, Object> data = (column.get("data") instanceof Map<?, ?> map) ? (Map<String, Object>) map : null;
					columns.add(new EmulatedColumn(columnName, type, data));
				}
			}
			TableDef table = this.tables.get(tableName);
			if (table == null) {
				table = addTable(tableName, columns);
			}
			else {
				for (EmulatedColumn column : columns) {
					if (table.findColumn(column.name()) == null) {
						addColumnTo(table, column);
					}
				}
			}
			if (tableJson.get("rows") instanceof List<?> rows) {
				List<Map<String, ?>> values = new ArrayList<>();
				for (Object row : rows) {
					if (!(row instanceof Map<?, ?> map)) {
						throw new IllegalArgumentException("every row of table " + tableName + " must be an object");
					}
					Map<String, Object> copy = new LinkedHashMap<>();
					map.forEach((key, value) -> copy.put(String.valueOf(key), value));
					values.add(copy);
				}
				insert(table, values);
			}
		}
		return this;
	}

	private synchronized List<String> loadCsvText(String tableName, String text) {
		List<List<String>> records = Csv.parse(text);
		if (records.isEmpty()) {
			throw new IllegalArgumentException("the CSV for table " + tableName + " has no header");
		}
		List<String> header = records.get(0).stream().map(String::trim).toList();
		TableDef table = this.tables.get(tableName);
		if (table == null) {
			table = addTable(tableName, header.stream().map((name) -> EmulatedColumn.of(name, "text")).toList());
		}
		for (String name : header) {
			if (table.findColumn(name) == null && !SYSTEM_COLUMNS.contains(name)) {
				addColumnTo(table, EmulatedColumn.of(name, "text"));
			}
		}
		List<Map<String, ?>> rows = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			Map<String, Object> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size() && i < record.size(); i++) {
				ColumnDef column = table.findColumn(header.get(i));
				if (column != null && !record.get(i).isEmpty()) {
					row.put(column.name, csvValue(column, record.get(i)));
				}
			}
			rows.add(row);
		}
		return insert(table, rows);
	}

	/** A CSV text converted to what a client would send for a cell of this column. */
	private static @Nullable Object csvValue(ColumnDef column, String text) {
		String value = text.trim();
		if (column.kind() == ColumnKind.BOOLEAN) {
			return value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes")
					|| value.equalsIgnoreCase("x");
		}
		if (column.kind() == ColumnKind.JSON) {
			if (value.startsWith("[") || value.startsWith("{")) {
				try {
					return Http.parse(value);
				}
				catch (RuntimeException ex) {
					// not JSON after all: read as below
				}
			}
			if (column.type.equals("multiple-select") || column.type.equals("collaborator")) {
				return java.util.Arrays.stream(value.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
			}
		}
		return (column.kind() == ColumnKind.STRING) ? text : value;
	}

	private static String read(java.nio.file.Path path) {
		try {
			return java.nio.file.Files.readString(path, java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("Could not read " + path, ex);
		}
	}

	private static String read(java.io.InputStream in) {
		try {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("Could not read the fixture", ex);
		}
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
		if (view != null && !view.isEmpty()) {
			// the view must exist; its filters and sorts are stored but not applied
			table.view(view);
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
				if (def != null && !def.type.equals("link")) {
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
		EmulatedColumn column = columnFrom(body);
		if (column.type().equals("link")) {
			// column_data names the tables: {"table": ..., "other_table": ...}
			Object other = (column.data() != null) ? column.data().get("other_table") : null;
			if (!(other instanceof String otherName)) {
				throw Failure.badRequest("column_data.other_table is required for a link column");
			}
			return addLinkColumn(table, column.name(), table(otherName)).json();
		}
		return addColumnTo(table, column).json();
	}

	synchronized Map<String, Object> listColumns(Map<String, String> query) {
		TableDef table = table(required(query, "table_name"));
		List<Object> columns = new ArrayList<>();
		table.columns.forEach((column) -> columns.add(column.json()));
		return Map.of("columns", columns);
	}

	// ---- views ----

	synchronized Map<String, Object> listViews(Map<String, String> query) {
		TableDef table = table(required(query, "table_name"));
		return Map.of("views", List.copyOf(table.views.values()));
	}

	synchronized Map<String, Object> getView(String viewName, Map<String, String> query) {
		return table(required(query, "table_name")).view(viewName);
	}

	synchronized Map<String, Object> createView(Map<String, String> query, Map<String, Object> body) {
		TableDef table = table(required(query, "table_name"));
		String viewName = requiredString(body, "name");
		if (table.findView(viewName) != null) {
			throw Failure.badRequest("view name " + viewName + " exists");
		}
		String type = (body.get("type") instanceof String given) ? given : "table";
		if (!type.equals("table") && !type.equals("archive")) {
			throw Failure.badRequest("type invalid");
		}
		String id = Ids.uniqueKey(table.views.values().stream().map((view) -> String.valueOf(view.get("_id"))).toList());
		Map<String, Object> view = TableDef.newView(id, viewName, type, Boolean.TRUE.equals(body.get("is_locked")));
		table.views.put(viewName, view);
		return view;
	}

	/** Changes the settings the body names; a list of one empty object ({@code [{}]}) clears a list setting. */
	synchronized Map<String, Object> updateView(String viewName, Map<String, String> query, Map<String, Object> body) {
		TableDef table = table(required(query, "table_name"));
		Map<String, Object> view = table.view(viewName);
		Map<String, Object> updated = new LinkedHashMap<>(view);
		body.forEach((field, value) -> {
			if (field.equals("table_name") || field.equals("_id")) {
				return;
			}
			if (value instanceof List<?> list && list.stream().allMatch((item) -> item instanceof Map<?, ?> map && map.isEmpty())) {
				value = List.of();
			}
			updated.put(field, value);
		});
		String newName = String.valueOf(updated.get("name"));
		if (newName.isBlank() || (!newName.equals(viewName) && table.findView(newName) != null)) {
			throw Failure.badRequest("view name " + newName + " invalid or exists");
		}
		Map<String, Map<String, Object>> views = new LinkedHashMap<>();
		table.views.forEach((name, existing) -> views.put(name.equals(viewName) ? newName : name,
				name.equals(viewName) ? updated : existing));
		table.views.clear();
		table.views.putAll(views);
		return updated;
	}

	synchronized Map<String, Object> deleteView(String viewName, Map<String, String> query) {
		TableDef table = table(required(query, "table_name"));
		table.view(viewName);
		if (table.views.size() == 1) {
			throw Failure.badRequest("the last view of a table cannot be deleted");
		}
		table.views.remove(viewName);
		return Map.of("success", true);
	}

	// ---- select options ----

	synchronized Map<String, Object> addSelectOptions(Map<String, Object> body) {
		TableDef table = table(requiredString(body, "table_name"));
		ColumnDef column = selectColumn(table, requiredString(body, "column"));
		List<Map<String, Object>> options = new ArrayList<>(options(column));
		List<Object> given = requiredList(body, "options");
		for (Object item : given) {
			if (!(item instanceof Map<?, ?> option) || !(option.get("name") instanceof String optionName)
					|| optionName.isBlank()) {
				throw Failure.badRequest("each option needs a name");
			}
			if (options.stream().anyMatch((existing) -> optionName.equals(existing.get("name")))) {
				throw Failure.badRequest("option " + optionName + " exists");
			}
			options.add(newOption(options, optionName, (option.get("color") instanceof String color) ? color : null,
					(option.get("textColor") instanceof String text) ? text : null));
		}
		replaceOptions(table, column, options);
		return Map.of("success", true);
	}

	synchronized Map<String, Object> updateSelectOptions(Map<String, Object> body) {
		TableDef table = table(requiredString(body, "table_name"));
		ColumnDef column = selectColumn(table, requiredString(body, "column"));
		List<Map<String, Object>> options = new ArrayList<>();
		options(column).forEach((option) -> options.add(new LinkedHashMap<>(option)));
		List<Object> updated = new ArrayList<>();
		Map<String, String> renamed = new LinkedHashMap<>();
		for (Object item : requiredList(body, "options")) {
			if (!(item instanceof Map<?, ?> change) || change.get("id") == null) {
				throw Failure.badRequest("each option needs an id");
			}
			Map<String, Object> option = options.stream()
				.filter((existing) -> String.valueOf(change.get("id")).equals(existing.get("id"))).findFirst()
				.orElseThrow(() -> Failure.badRequest("option " + change.get("id") + " not found"));
			for (String field : List.of("name", "color", "textColor")) {
				if (change.get(field) instanceof String value) {
					if (field.equals("name") && !value.equals(option.get("name"))) {
						renamed.put(String.valueOf(option.get("name")), value);
					}
					option.put(field, value);
				}
			}
			updated.add(option);
		}
		replaceOptions(table, column, options);
		// cells hold option names, so a renamed option renames its cells
		rewriteSelectCells(table, column, (name) -> renamed.getOrDefault(name, name));
		if (Boolean.TRUE.equals(body.get("return_options"))) {
			return Map.of("options", updated);
		}
		return Map.of("success", true);
	}

	synchronized Map<String, Object> deleteSelectOptions(Map<String, Object> body) {
		TableDef table = table(requiredString(body, "table_name"));
		ColumnDef column = selectColumn(table, requiredString(body, "column"));
		List<Object> names = requiredList(body, "option_names");
		List<Map<String, Object>> options = new ArrayList<>(options(column));
		options.removeIf((option) -> names.contains(option.get("name")));
		replaceOptions(table, column, options);
		// the deleted options are removed from the cells holding them
		rewriteSelectCells(table, column, (name) -> names.contains(name) ? null : name);
		return Map.of("success", true);
	}

	private static ColumnDef selectColumn(TableDef table, String nameOrKey) {
		ColumnDef column = table.findColumn(nameOrKey);
		if (column == null) {
			column = table.columns.stream().filter((c) -> c.key.equals(nameOrKey)).findFirst()
				.orElseThrow(() -> Failure.notFound("column " + nameOrKey + " not found"));
		}
		if (!column.type.equals("single-select") && !column.type.equals("multiple-select")) {
			throw Failure.badRequest("column " + nameOrKey + " is not a single or multiple select column");
		}
		return column;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> options(ColumnDef column) {
		if (column.data != null && column.data.get("options") instanceof List<?> options) {
			return (List<Map<String, Object>>) options;
		}
		return List.of();
	}

	private static final List<String> OPTION_COLORS = List.of("#9860E5", "#89D2EA", "#59CB74", "#FBD44A", "#EAA775",
			"#F4667C", "#DC82D2", "#ADDF84");

	private static Map<String, Object> newOption(List<Map<String, Object>> existing, String name,
			@Nullable String color, @Nullable String textColor) {
		List<String> ids = existing.stream().map((option) -> String.valueOf(option.get("id"))).toList();
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("name", name);
		option.put("color", (color != null) ? color : OPTION_COLORS.get(existing.size() % OPTION_COLORS.size()));
		option.put("textColor", (textColor != null) ? textColor : "#000000");
		option.put("id", ids.isEmpty() ? "0000" : Ids.uniqueKey(ids));
		return option;
	}

	private static void replaceOptions(TableDef table, ColumnDef column, List<Map<String, Object>> options) {
		Map<String, Object> data = new LinkedHashMap<>((column.data != null) ? column.data : Map.of());
		data.put("options", List.copyOf(options));
		table.columns.set(table.columnIndex(column), new ColumnDef(column.key, column.name, column.type, data));
	}

	private void rewriteSelectCells(TableDef table, ColumnDef column,
			java.util.function.Function<String, @Nullable String> rename) {
		List<Map<String, Object>> rows = select(table,
				"SELECT _id, " + quote(column.name) + " FROM " + quote(table.name), List.of(), true);
		for (Map<String, Object> row : rows) {
			Object value = row.get(column.name);
			Object rewritten = value;
			if (value instanceof String name) {
				rewritten = rename.apply(name);
			}
			else if (value instanceof List<?> names) {
				List<Object> kept = new ArrayList<>();
				names.forEach((name) -> {
					String renamed = rename.apply(String.valueOf(name));
					if (renamed != null) {
						kept.add(renamed);
					}
				});
				rewritten = kept;
			}
			if (!java.util.Objects.equals(value, rewritten)) {
				execute("UPDATE " + quote(table.name) + " SET " + quote(column.name) + " = ? WHERE _id = ?",
						java.util.Arrays.asList(column.kind().toDb(rewritten), row.get("_id")));
			}
		}
	}

	// ---- links ----

	synchronized Map<String, Object> createLinks(Map<String, Object> body) {
		LinkRequest request = linkRequest(body);
		for (List<String> pair : request.pairs) {
			if (request.link.pairs.contains(pair)) {
				throw Failure.badRequest("link between " + pair.get(0) + " and " + pair.get(1) + " exists");
			}
		}
		request.link.pairs.addAll(request.pairs);
		return Map.of("success", true);
	}

	synchronized Map<String, Object> updateLinks(Map<String, Object> body) {
		LinkRequest request = linkRequest(body);
		int side = request.reversed ? 1 : 0;
		request.link.pairs.removeIf((pair) -> request.keyRows.contains(pair.get(side)));
		request.link.pairs.addAll(request.pairs);
		return Map.of("success", true);
	}

	synchronized Map<String, Object> deleteLinks(Map<String, Object> body) {
		LinkRequest request = linkRequest(body);
		request.link.pairs.removeAll(request.pairs);
		// like SeaTable, counts every pair asked for, linked or not
		return Map.of("deleted_links_count", request.pairs.size(), "success", true);
	}

	synchronized Map<String, Object> queryLinks(Map<String, Object> body) {
		TableDef table = (body.get("table_id") instanceof String tableId) ? tableById(tableId)
				: table(requiredString(body, "table_name"));
		ColumnDef column = (body.get("link_column_key") instanceof String key)
				? table.columns.stream().filter((c) -> c.key.equals(key)).findFirst()
					.orElseThrow(() -> Failure.badRequest("column " + key + " not found"))
				: table.column(requiredString(body, "link_column_name"));
		if (!column.type.equals("link")) {
			throw Failure.badRequest("column " + column.name + " is not a link column");
		}
		Map<String, Object> result = new LinkedHashMap<>();
		for (Object item : requiredList(body, "rows")) {
			if (!(item instanceof Map<?, ?> row) || !(row.get("row_id") instanceof String rowId)) {
				throw Failure.badRequest("each row needs a row_id");
			}
			int offset = (row.get("offset") instanceof Number number) ? Math.max(0, number.intValue()) : 0;
			int limit = (row.get("limit") instanceof Number number) ? Math.max(0, number.intValue()) : 10;
			List<Map<String, Object>> links = linkCell(table, column, rowId);
			result.put(rowId, links.subList(Math.min(offset, links.size()), Math.min(links.size(), offset + limit)));
		}
		return result;
	}

	/**
	 * Creates a link column in {@code tableName} linking its rows to those of {@code otherTableName}
	 * (the same table for a link within a table). For another table, that table gets the matching
	 * link column too, named after {@code tableName}. Both columns' data hold the shared
	 * {@code link_id}, their own {@code table_id} and the {@code other_table_id}.
	 * @return this base, for chaining
	 */
	public synchronized EmulatedBase createLinkColumn(String tableName, String columnName, String otherTableName) {
		addLinkColumn(table(tableName), columnName, table(otherTableName));
		return this;
	}

	/** The link behind a link column, as the client's links operations take it. */
	public synchronized io.github.seatablespring.model.Link link(String tableName, String linkColumnName) {
		TableDef table = table(tableName);
		ColumnDef column = table.column(linkColumnName);
		if (!column.type.equals("link") || column.data == null) {
			throw new IllegalArgumentException(linkColumnName + " is not a link column of " + tableName);
		}
		return new io.github.seatablespring.model.Link(String.valueOf(column.data.get("link_id")),
				String.valueOf(column.data.get("table_id")), String.valueOf(column.data.get("other_table_id")));
	}

	/** Links a row to rows of the link column's other table, without going through HTTP. */
	public synchronized EmulatedBase addLinks(String tableName, String linkColumnName, String rowId,
			List<String> otherRowIds) {
		TableDef table = table(tableName);
		ColumnDef column = table.column(linkColumnName);
		LinkDef link = linkOf(column);
		boolean reversed = !link.tableId.equals(table.id);
		otherRowIds.forEach((other) -> link.pairs.add(reversed ? List.of(other, rowId) : List.of(rowId, other)));
		return this;
	}

	private ColumnDef addLinkColumn(TableDef table, String columnName, TableDef other) {
		String linkId = Ids.uniqueKey(this.links.keySet());
		ColumnDef column = addColumnTo(table, new EmulatedColumn(columnName, "link", linkData(linkId, table, other)));
		if (other != table) {
			String reverseName = table.name;
			for (int i = 2; other.findColumn(reverseName) != null; i++) {
				reverseName = table.name + i;
			}
			addColumnTo(other, new EmulatedColumn(reverseName, "link", linkData(linkId, other, table)));
		}
		this.links.put(linkId, new LinkDef(linkId, table.id, other.id));
		return column;
	}

	private static Map<String, Object> linkData(String linkId, TableDef table, TableDef other) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("display_column_key", other.columns.isEmpty() ? "0000" : other.columns.get(0).key);
		data.put("table_id", table.id);
		data.put("other_table_id", other.id);
		data.put("is_internal_link", table == other);
		data.put("is_multiple", true);
		data.put("is_row_from_view", false);
		data.put("other_view_id", "");
		data.put("link_id", linkId);
		return data;
	}

	private LinkDef linkOf(ColumnDef column) {
		LinkDef link = (column.data != null) ? this.links.get(String.valueOf(column.data.get("link_id"))) : null;
		if (link == null) {
			throw Failure.badRequest("column " + column.name + " is not a link column");
		}
		return link;
	}

	/** The linked rows of a row, oldest link first, skipping rows deleted since. */
	private List<Map<String, Object>> linkCell(TableDef table, ColumnDef column, String rowId) {
		LinkDef link = linkOf(column);
		boolean reversed = !link.tableId.equals(table.id);
		TableDef other = tableById(reversed ? link.tableId : link.otherTableId);
		List<String> linked = new ArrayList<>();
		for (List<String> pair : link.pairs) {
			if (pair.get(reversed ? 1 : 0).equals(rowId)) {
				linked.add(pair.get(reversed ? 0 : 1));
			}
		}
		if (linked.isEmpty()) {
			return List.of();
		}
		ColumnDef display = other.columns.stream()
			.filter((c) -> c.key.equals(String.valueOf(column.data().get("display_column_key")))).findFirst()
			.orElse(other.columns.get(0));
		Map<String, @Nullable Object> displayValues = new LinkedHashMap<>();
		StringBuilder sql = new StringBuilder("SELECT _id, ").append(quote(display.name)).append(" FROM ")
			.append(quote(other.name)).append(" WHERE _id IN (").append(String.join(", ", java.util.Collections.nCopies(linked.size(), "?"))).append(")");
		select(other, sql.toString(), linked, true).forEach((row) -> displayValues.put(String.valueOf(row.get("_id")),
				row.get(display.name)));
		List<Map<String, Object>> cell = new ArrayList<>();
		for (String id : linked) {
			if (displayValues.containsKey(id)) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("row_id", id);
				entry.put("display_value", displayValues.get(id));
				cell.add(entry);
			}
		}
		return cell;
	}

	private LinkRequest linkRequest(Map<String, Object> body) {
		LinkDef link = this.links.get(requiredString(body, "link_id"));
		if (link == null) {
			throw Failure.badRequest("link " + body.get("link_id") + " not found");
		}
		String tableId = requiredString(body, "table_id");
		String otherTableId = requiredString(body, "other_table_id");
		boolean reversed;
		if (tableId.equals(link.tableId) && otherTableId.equals(link.otherTableId)) {
			reversed = false;
		}
		else if (tableId.equals(link.otherTableId) && otherTableId.equals(link.tableId)) {
			reversed = true;
		}
		else {
			throw Failure.badRequest("table_id and other_table_id do not match link " + link.id);
		}
		if (!(body.get("other_rows_ids_map") instanceof Map<?, ?> map)) {
			throw Failure.badRequest("other_rows_ids_map is required");
		}
		TableDef table = tableById(tableId);
		TableDef other = tableById(otherTableId);
		List<List<String>> pairs = new ArrayList<>();
		List<String> keyRows = new ArrayList<>();
		map.forEach((rowId, otherRowIds) -> {
			String key = String.valueOf(rowId);
			requireRow(table, key);
			keyRows.add(key);
			if (!(otherRowIds instanceof List<?> ids)) {
				throw Failure.badRequest("the other row ids of " + key + " must be a list");
			}
			for (Object id : ids) {
				requireRow(other, String.valueOf(id));
				pairs.add(reversed ? List.of(String.valueOf(id), key) : List.of(key, String.valueOf(id)));
			}
		});
		return new LinkRequest(link, reversed, keyRows, pairs);
	}

	private void requireRow(TableDef table, String rowId) {
		if (select(table, "SELECT _id FROM " + quote(table.name) + " WHERE _id = ?", List.of(rowId), true).isEmpty()) {
			throw Failure.badRequest("row " + rowId + " not found in table " + table.name);
		}
	}

	private TableDef tableById(String tableId) {
		return this.tables.values().stream().filter((t) -> t.id.equals(tableId)).findFirst()
			.orElseThrow(() -> Failure.notFound("table " + tableId + " not found"));
	}

	private record LinkRequest(LinkDef link, boolean reversed, List<String> keyRows, List<List<String>> pairs) {
	}

	/** The links of one link id: pairs of (row of the table, row of the other table), oldest first. */
	private static final class LinkDef {

		final String id;

		final String tableId;

		final String otherTableId;

		final java.util.LinkedHashSet<List<String>> pairs = new java.util.LinkedHashSet<>();

		LinkDef(String id, String tableId, String otherTableId) {
			this.id = id;
			this.tableId = tableId;
			this.otherTableId = otherTableId;
		}

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
		if (column.data() != null && column.data().get("options") instanceof List<?> given
				&& (column.type().equals("single-select") || column.type().equals("multiple-select"))) {
			// options sent without id or colors get them, as SeaTable gives them
			List<Map<String, Object>> options = new ArrayList<>();
			for (Object item : given) {
				if (item instanceof Map<?, ?> option && option.get("name") != null) {
					Map<String, Object> normalized = newOption(options, String.valueOf(option.get("name")),
							(option.get("color") instanceof String color) ? color : null,
							(option.get("textColor") instanceof String text) ? text : null);
					if (option.get("id") != null) {
						normalized.put("id", String.valueOf(option.get("id")));
					}
					options.add(normalized);
				}
			}
			Map<String, Object> data = new LinkedHashMap<>(column.data());
			data.put("options", List.copyOf(options));
			return data;
		}
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
					// links are written through /links/, not with the row
					statement.setObject(index++, column.type.equals("link") ? null : column.kind().toDb(row.get(column.name)));
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
				for (Map<String, Object> row : rows) {
					fillLinkCells(table, row, convertKeys);
				}
				return rows;
			}
		}
		catch (SQLException ex) {
			throw Failure.badRequest(ex.getMessage());
		}
	}

	/** Link cells are not stored with the row: they show the row's first links, like SeaTable's rows do. */
	private void fillLinkCells(TableDef table, Map<String, Object> row, boolean convertKeys) {
		if (!(row.get("_id") instanceof String rowId)) {
			return;
		}
		for (ColumnDef column : table.columns) {
			String key = convertKeys ? column.name : column.key;
			if (column.type.equals("link") && row.containsKey(key)) {
				List<Map<String, Object>> links = linkCell(table, column, rowId);
				row.put(key, List.copyOf(links.subList(0, Math.min(links.size(), LINK_CELL_LIMIT))));
			}
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
					for (int i = 1; i <= count; i++) {
						ColumnDef column = columns[i];
						TableDef table = findTable(meta.getTableName(i));
						// a link cell can only be filled when the row's _id is selected too
						if (column != null && table != null && column.type.equals("link")
								&& row.get("_id") instanceof String rowId) {
							List<Map<String, Object>> links = linkCell(table, column, rowId);
							row.put(keys[i], List.copyOf(links.subList(0, Math.min(links.size(), LINK_CELL_LIMIT))));
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

		/** The views by name, in creation order; the first is the Default View. */
		final Map<String, Map<String, Object>> views = new LinkedHashMap<>();

		TableDef(String id, String name) {
			this.id = id;
			this.name = name;
			this.views.put("Default View", newView("0000", "Default View", "table", false));
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
			List<Object> viewJson = new ArrayList<>();
			this.views.values().forEach((view) -> {
				Map<String, Object> copy = new LinkedHashMap<>(view);
				if (created) {
					// the answer to creating a table has link_rows in its view, the metadata's views do not
					copy.put("link_rows", Map.of());
				}
				viewJson.add(copy);
			});
			if (created) {
				json.put("rows", List.of());
				json.put("id_row_map", Map.of());
				json.put("view_structure", Map.of("folders", List.of(), "view_ids",
						this.views.values().stream().map((view) -> view.get("_id")).toList()));
			}
			json.put("views", viewJson);
			return json;
		}

		/** A view's settings as SeaTable answers them (without {@code link_rows}, which only a new table's view has). */
		static Map<String, Object> newView(String id, String name, String type, boolean locked) {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("_id", id);
			view.put("name", name);
			view.put("type", type);
			view.put("is_locked", locked);
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
			view.put("summaries", Map.of());
			view.put("groups", List.of());
			view.put("private_for", null);
			return view;
		}

		@Nullable Map<String, Object> findView(String viewName) {
			return this.views.get(viewName);
		}

		Map<String, Object> view(String viewName) {
			Map<String, Object> view = this.views.get(viewName);
			if (view == null) {
				throw Failure.notFound("view " + viewName + " not found");
			}
			return view;
		}

		int columnIndex(ColumnDef column) {
			return this.columns.indexOf(column);
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

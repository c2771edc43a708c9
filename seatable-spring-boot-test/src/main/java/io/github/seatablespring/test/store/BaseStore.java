package io.github.seatablespring.test.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.seatablespring.test.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * One base's data, with no HTTP in sight: tables, columns and views in memory, rows in an
 * H2 schema of the base's own (the single source of truth for the row operations and
 * SQL), links, and the base's comments, notifications, history and files. Cells are
 * stored as SeaTable stores them (see {@link #cell}).
 */
public final class BaseStore {

	/** The user every write is attributed to. */
	public static final String CREATOR = "emulator@auth.local";

	public static final int MAX_APPEND = 1000;

	public static final int MAX_UPDATE = 1000;

	public static final int MAX_DELETE = 10_000;

	public static final int MAX_LIST = 1000;

	static final int SQL_DEFAULT_LIMIT = 100;

	static final int SQL_MAX_LIMIT = 10_000;

	/**
	 * SeaTable sends the first 50 links of a link cell with a row; query-links pages
	 * through all.
	 */
	public static final int LINK_CELL_LIMIT = 50;

	public static final List<String> SYSTEM_COLUMNS = List.of("_id", "_ctime", "_mtime", "_creator", "_last_modifier",
			"_locked", "_locked_by", "_archived");

	private final String uuid;

	private final String name;

	private final Connection connection;

	private final Clock clock;

	private final ZoneId zone;

	private final Map<String, TableDef> tables = new LinkedHashMap<>();

	private final Links links = new Links(this);

	private final SelectOptions options = new SelectOptions(this);

	private final Comments comments;

	private final Notifications notifications;

	private final History history;

	private final SqlQueries sql = new SqlQueries(this);

	private final Assets assets;

	public BaseStore(String uuid, String name, Connection connection, Clock clock, ZoneId zone) {
		this.uuid = uuid;
		this.name = name;
		this.connection = connection;
		this.clock = clock;
		this.zone = zone;
		this.comments = new Comments(uuid, clock);
		this.notifications = new Notifications(clock);
		this.history = new History(uuid, clock);
		this.assets = new Assets(clock);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + quote(schema()));
			statement.execute("SET SCHEMA " + quote(schema()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the H2 schema of base " + name, ex);
		}
	}

	Connection connection() {
		return this.connection;
	}

	Clock clock() {
		return this.clock;
	}

	public String uuid() {
		return this.uuid;
	}

	public String name() {
		return this.name;
	}

	public Comments comments() {
		return this.comments;
	}

	public Notifications notifications() {
		return this.notifications;
	}

	public History history() {
		return this.history;
	}

	public Assets assets() {
		return this.assets;
	}

	// ---- tables
	// ----------------------------------------------------------------------------------

	public synchronized List<TableDef> tables() {
		return List.copyOf(this.tables.values());
	}

	/** The table with this name, else with this id. */
	public synchronized @Nullable TableDef findTable(@Nullable String nameOrId) {
		if (nameOrId == null || nameOrId.isEmpty()) {
			return null;
		}
		TableDef table = this.tables.get(nameOrId);
		if (table != null) {
			return table;
		}
		for (TableDef candidate : this.tables.values()) {
			if (candidate.id.equals(nameOrId)) {
				return candidate;
			}
		}
		return null;
	}

	public synchronized TableDef table(String nameOrId) {
		TableDef table = findTable(nameOrId);
		if (table == null) {
			throw EmulatedError.notFound("table " + nameOrId + " not found");
		}
		return table;
	}

	public synchronized TableDef addTable(String tableName, List<ColumnSpec> columns) {
		if (tableName.isBlank() || tableName.contains("`")) {
			throw EmulatedError.badRequest("table_name invalid");
		}
		if (this.tables.containsKey(tableName)) {
			throw EmulatedError.badRequest("table " + tableName + " already exists");
		}
		String id = this.tables.isEmpty() ? "0000"
				: Ids.uniqueKey(this.tables.values().stream().map((t) -> t.id).toList());
		TableDef table = new TableDef(id, tableName);
		execute("CREATE TABLE " + quote(tableName) + " (_id VARCHAR(32) PRIMARY KEY, _ctime VARCHAR, _mtime VARCHAR, "
				+ "_creator VARCHAR, _last_modifier VARCHAR, _locked BOOLEAN, _locked_by VARCHAR, _archived BOOLEAN)",
				List.of());
		this.tables.put(tableName, table);
		for (ColumnSpec column : columns.isEmpty() ? List.of(new ColumnSpec("Name", "text", null)) : columns) {
			addColumn(table, column, null);
		}
		this.history.operation("insert_table", Map.of("table_id", id, "table_name", tableName));
		return table;
	}

	public synchronized void renameTable(TableDef table, String newName) {
		if (newName.isBlank() || this.tables.containsKey(newName)) {
			throw EmulatedError.badRequest("table name " + newName + " invalid or exists");
		}
		execute("ALTER TABLE " + quote(table.name) + " RENAME TO " + quote(newName), List.of());
		Map<String, TableDef> renamed = new LinkedHashMap<>();
		this.tables.forEach((name, t) -> renamed.put((t == table) ? newName : name, t));
		this.tables.clear();
		this.tables.putAll(renamed);
		table.name = newName;
		this.history.operation("rename_table", Map.of("table_id", table.id, "table_name", newName));
	}

	/**
	 * Deletes a table and its rows; its links go with it, and so do the link columns
	 * pointing to it.
	 */
	public synchronized void deleteTable(TableDef dropped) {
		this.tables.remove(dropped.name);
		execute("DROP TABLE " + quote(dropped.name), List.of());
		this.links.removeTable(dropped.id);
		for (TableDef table : this.tables.values()) {
			for (ColumnDef column : List.copyOf(table.columns)) {
				if (column.isLink() && !this.links.exists(String.valueOf(column.setting("link_id")))) {
					table.columns.remove(column);
					execute("ALTER TABLE " + quote(table.name) + " DROP COLUMN " + quote(column.name()), List.of());
				}
			}
		}
		this.history.operation("delete_table", Map.of("table_id", dropped.id));
	}

	/**
	 * A copy named {@code <name> (copy)} with the same columns (links excepted), views
	 * and maybe rows.
	 */
	public synchronized TableDef duplicateTable(TableDef source, boolean withRows) {
		String copyName = source.name + " (copy)";
		for (int i = 2; this.tables.containsKey(copyName); i++) {
			copyName = source.name + " (copy " + i + ")";
		}
		List<ColumnSpec> columns = source.columns.stream()
			.filter((column) -> !column.isLink())
			.map((column) -> new ColumnSpec(column.name(), column.type(), column.data()))
			.toList();
		TableDef copy = addTable(copyName, columns);
		source.views.forEach((viewName, view) -> copy.views.put(viewName, new LinkedHashMap<>(view)));
		if (withRows) {
			List<Map<String, Object>> rows = rows(source);
			insert(copy, rows, false, false);
		}
		return copy;
	}

	// ---- columns
	// ---------------------------------------------------------------------------------

	/** Adds a column after {@code anchor} (a column name or key), or last. */
	public synchronized ColumnDef addColumn(TableDef table, ColumnSpec column, @Nullable String anchor) {
		if (column.name().isBlank() || table.findColumn(column.name()) != null || SYSTEM_COLUMNS.contains(column.name())
				|| column.name().matches(".*[.{}`].*")) {
			throw EmulatedError.badRequest("column name " + column.name() + " is invalid or exists already");
		}
		if (column.type().equals("link")) {
			Object other = (column.data() != null) ? column.data().get("other_table") : null;
			if (!(other instanceof String otherName)) {
				throw EmulatedError.badRequest("column_data.other_table is required for a link column");
			}
			return addLinkColumn(table, column.name(), table(otherName));
		}
		return addPlainColumn(table, column, anchor);
	}

	private ColumnDef addPlainColumn(TableDef table, ColumnSpec column, @Nullable String anchor) {
		String key = table.columns.isEmpty() ? "0000"
				: Ids.uniqueKey(table.columns.stream().map(ColumnDef::key).toList());
		ColumnDef def = new ColumnDef(key, column.name(), column.type(), columnData(column), 200, false);
		execute("ALTER TABLE " + quote(table.name) + " ADD COLUMN " + quote(def.name()) + " " + def.kind().sqlType,
				List.of());
		ColumnDef after = (anchor != null && !anchor.isEmpty()) ? table.findColumn(anchor) : null;
		table.columns.add((after != null) ? table.columns.indexOf(after) + 1 : table.columns.size(), def);
		this.history.operation("insert_column", Map.of("table_id", table.id, "column_key", key));
		return def;
	}

	public synchronized ColumnDef renameColumn(TableDef table, ColumnDef column, String newName) {
		if (newName.isBlank() || table.findColumn(newName) != null || SYSTEM_COLUMNS.contains(newName)) {
			throw EmulatedError.badRequest("column name " + newName + " is invalid or exists already");
		}
		execute("ALTER TABLE " + quote(table.name) + " ALTER COLUMN " + quote(column.name()) + " RENAME TO "
				+ quote(newName), List.of());
		ColumnDef renamed = new ColumnDef(column.key(), newName, column.type(), column.data(), column.width(),
				column.frozen());
		table.replace(column, renamed);
		return renamed;
	}

	public synchronized ColumnDef resizeColumn(TableDef table, ColumnDef column, int width) {
		ColumnDef resized = new ColumnDef(column.key(), column.name(), column.type(), column.data(), width,
				column.frozen());
		table.replace(column, resized);
		return resized;
	}

	public synchronized ColumnDef freezeColumn(TableDef table, ColumnDef column, boolean frozen) {
		ColumnDef updated = new ColumnDef(column.key(), column.name(), column.type(), column.data(), column.width(),
				frozen);
		table.replace(column, updated);
		return updated;
	}

	/** Moves a column to just after {@code target}. */
	public synchronized ColumnDef moveColumn(TableDef table, ColumnDef column, ColumnDef target) {
		table.columns.remove(column);
		table.columns.add(table.columns.indexOf(target) + 1, column);
		return column;
	}

	/**
	 * Changes a column's type; its cells are converted as a client would send them anew.
	 */
	public synchronized ColumnDef modifyColumnType(TableDef table, ColumnDef column, String newType,
			@Nullable Map<String, Object> data) {
		if (newType.equals("link")) {
			throw EmulatedError.badRequest("a column cannot be changed into a link column");
		}
		List<Map<String, Object>> values = select(table,
				"SELECT _id, " + quote(column.name()) + " FROM " + quote(table.name), List.of(), true);
		execute("ALTER TABLE " + quote(table.name) + " DROP COLUMN " + quote(column.name()), List.of());
		ColumnDef retyped = new ColumnDef(column.key(), column.name(), newType,
				columnData(new ColumnSpec(column.name(), newType, data)), column.width(), column.frozen());
		execute("ALTER TABLE " + quote(table.name) + " ADD COLUMN " + quote(retyped.name()) + " "
				+ retyped.kind().sqlType, List.of());
		table.replace(column, retyped);
		for (Map<String, Object> row : values) {
			Object value = row.get(column.name());
			if (value != null) {
				Object converted = (value instanceof Collection<?> list && retyped.kind() != ColumnKind.JSON)
						? String.join(", ", list.stream().map(String::valueOf).toList()) : value;
				execute("UPDATE " + quote(table.name) + " SET " + quote(retyped.name()) + " = ? WHERE _id = ?",
						Arrays.asList(cell(table, table.column(retyped.key()), converted), row.get("_id")));
			}
		}
		return table.column(retyped.key());
	}

	public synchronized void deleteColumn(TableDef table, ColumnDef column) {
		if (table.columns.indexOf(column) == 0) {
			throw EmulatedError.badRequest("the first column cannot be deleted");
		}
		if (column.isLink()) {
			LinkDef link = this.links.unregister(String.valueOf(column.setting("link_id")));
			if (link != null) {
				for (TableDef other : this.tables.values()) {
					for (ColumnDef twin : List.copyOf(other.columns)) {
						if (twin != column && twin.isLink() && link.id().equals(twin.setting("link_id"))) {
							other.columns.remove(twin);
							execute("ALTER TABLE " + quote(other.name) + " DROP COLUMN " + quote(twin.name()),
									List.of());
						}
					}
				}
			}
		}
		table.columns.remove(column);
		execute("ALTER TABLE " + quote(table.name) + " DROP COLUMN " + quote(column.name()), List.of());
		this.history.operation("delete_column", Map.of("table_id", table.id, "column_key", column.key()));
	}

	/**
	 * Stores which child options each parent option allows, in the child column's data.
	 */
	public synchronized void setCascade(TableDef table, ColumnDef parent, ColumnDef child,
			Map<String, Object> settings) {
		Map<String, Object> data = new LinkedHashMap<>((child.data() != null) ? child.data() : Map.of());
		data.put("cascade_column_key", parent.key());
		data.put("cascade_settings", Map.copyOf(settings));
		table.replace(child, child.withData(data));
	}

	private static @Nullable Map<String, Object> columnData(ColumnSpec column) {
		Map<String, Object> given = column.data();
		if (given != null && given.get("options") instanceof List<?> list
				&& (column.type().equals("single-select") || column.type().equals("multiple-select"))) {
			// options sent without id or colors get them, as SeaTable gives them
			List<Map<String, Object>> options = new ArrayList<>();
			for (Object item : list) {
				if (item instanceof Map<?, ?> option && option.get("name") != null) {
					Map<String, Object> normalized = SelectOptions.newOption(options,
							String.valueOf(option.get("name")),
							(option.get("color") instanceof String color) ? color : null,
							(option.get("textColor") instanceof String text) ? text : null);
					if (option.get("id") != null) {
						normalized.put("id", String.valueOf(option.get("id")));
					}
					options.add(normalized);
				}
			}
			Map<String, Object> data = new LinkedHashMap<>(given);
			data.put("options", List.copyOf(options));
			return data;
		}
		if (column.type().equals("auto-number")) {
			Map<String, Object> data = new LinkedHashMap<>();
			String format = (given != null && given.get("format") instanceof String f) ? f : "0000";
			data.put("digits", (int) format.chars().filter((c) -> c == '0').count());
			data.put("format", format);
			if (given != null) {
				given.forEach(data::putIfAbsent);
			}
			data.put("max_used_auto_number", 0);
			return data;
		}
		if (given != null) {
			return new LinkedHashMap<>(given);
		}
		return switch (column.type()) {
			case "number" -> Map.of("format", "number", "decimal", "dot", "thousands", "no");
			case "rate" -> Map.of("rate_max_number", 5);
			case "date" -> Map.of("format", "YYYY-MM-DD");
			default -> null;
		};
	}

	// ---- select options
	// --------------------------------------------------------------------------

	/** Adds options; one that exists already is refused. */
	public synchronized void addOptions(TableDef table, ColumnDef column, List<Map<String, Object>> given) {
		this.options.add(table, column, given);
	}

	/**
	 * Changes options by id; a renamed option renames the cells holding it. Answers the
	 * changed options.
	 */
	public synchronized List<Map<String, Object>> updateOptions(TableDef table, ColumnDef column,
			List<Map<String, Object>> changes) {
		return this.options.update(table, column, changes);
	}

	/** Deletes options by name; they are removed from the cells holding them. */
	public synchronized void deleteOptions(TableDef table, ColumnDef column, List<?> names) {
		this.options.delete(table, column, names);
	}

	// ---- views
	// -----------------------------------------------------------------------------------

	public synchronized Map<String, Object> createView(TableDef table, String viewName, String type, boolean locked) {
		if (viewName.isBlank() || table.views.containsKey(viewName)) {
			throw EmulatedError.badRequest("view name " + viewName + " invalid or exists");
		}
		if (!type.equals("table") && !type.equals("archive")) {
			throw EmulatedError.badRequest("type invalid");
		}
		String id = Ids
			.uniqueKey(table.views.values().stream().map((view) -> String.valueOf(view.get("_id"))).toList());
		Map<String, Object> view = TableDef.newView(id, viewName, type, locked);
		table.views.put(viewName, view);
		return view;
	}

	/**
	 * Changes the settings given; a list of one empty object ({@code [{}]}) clears a list
	 * setting.
	 */
	public synchronized Map<String, Object> updateView(TableDef table, String viewName, Map<String, Object> changes) {
		Map<String, Object> updated = new LinkedHashMap<>(table.view(viewName));
		changes.forEach((field, value) -> {
			if (field.equals("table_name") || field.equals("table_id") || field.equals("_id")) {
				return;
			}
			if (value instanceof List<?> list
					&& list.stream().allMatch((item) -> item instanceof Map<?, ?> map && map.isEmpty())) {
				value = List.of();
			}
			updated.put(field, value);
		});
		String newName = String.valueOf(updated.get("name"));
		if (newName.isBlank() || (!newName.equals(viewName) && table.views.containsKey(newName))) {
			throw EmulatedError.badRequest("view name " + newName + " invalid or exists");
		}
		Map<String, Map<String, Object>> views = new LinkedHashMap<>();
		table.views.forEach((name, existing) -> views.put(name.equals(viewName) ? newName : name,
				name.equals(viewName) ? updated : existing));
		table.views.clear();
		table.views.putAll(views);
		return updated;
	}

	public synchronized void deleteView(TableDef table, String viewName) {
		table.view(viewName);
		if (table.views.size() == 1) {
			throw EmulatedError.badRequest("the last view of a table cannot be deleted");
		}
		table.views.remove(viewName);
	}

	// ---- rows
	// ------------------------------------------------------------------------------------

	/**
	 * A page of the rows of a table that are not archived, in insertion order or by a
	 * column; with a view, the rows its filters keep in its sort order.
	 */
	public synchronized List<Map<String, Object>> listRows(TableDef table, @Nullable String viewName,
			@Nullable String orderBy, boolean descending, int start, int limit, boolean convertKeys) {
		String order = "_ROWID_";
		if (orderBy != null && !orderBy.isEmpty()) {
			String column = SYSTEM_COLUMNS.contains(orderBy) ? orderBy : table.column(orderBy).name();
			order = quote(column) + (descending ? " DESC" : " ASC") + ", _ROWID_";
		}
		String from = "SELECT * FROM " + quote(table.name) + " WHERE _archived IS NOT TRUE ORDER BY " + order;
		if (viewName == null || viewName.isEmpty()) {
			return select(table, from + " LIMIT ? OFFSET ?", List.of(limit, start), convertKeys);
		}
		Map<String, Object> view = table.view(viewName);
		List<Map<String, Object>> rows = ViewRows.apply(table, view, select(table, from, List.of(), true));
		List<Map<String, Object>> page = rows.subList(Math.min(start, rows.size()),
				Math.min(rows.size(), start + limit));
		return convertKeys ? List.copyOf(page) : page.stream().map((row) -> byKey(table, row)).toList();
	}

	/** The rows a view shows, with every cell (for archiving the view). */
	private List<Map<String, Object>> viewRows(TableDef table, String viewName) {
		return ViewRows.apply(table, table.view(viewName),
				select(table, "SELECT * FROM " + quote(table.name) + " WHERE _archived IS NOT TRUE ORDER BY _ROWID_",
						List.of(), true));
	}

	private static Map<String, Object> byKey(TableDef table, Map<String, Object> row) {
		Map<String, Object> keyed = new LinkedHashMap<>();
		row.forEach((name, value) -> {
			ColumnDef column = SYSTEM_COLUMNS.contains(name) ? null : table.findColumn(name);
			keyed.put((column != null) ? column.key() : name, value);
		});
		return keyed;
	}

	public synchronized Map<String, Object> getRow(TableDef table, String rowId, boolean convertKeys) {
		List<Map<String, Object>> rows = select(table, "SELECT * FROM " + quote(table.name) + " WHERE _id = ?",
				List.of(rowId), convertKeys);
		if (rows.isEmpty()) {
			throw EmulatedError.notFound("row _id not exits");
		}
		return rows.get(0);
	}

	/**
	 * Every row of a table in insertion order, keyed by column name, archived ones
	 * included.
	 */
	public synchronized List<Map<String, Object>> rows(TableDef table) {
		return select(table, "SELECT * FROM " + quote(table.name) + " ORDER BY _ROWID_", List.of(), true);
	}

	/** Appends rows through the API: counted in the base's history. */
	public synchronized List<String> appendRows(TableDef table, List<? extends Map<String, ?>> rows, boolean archived) {
		if (rows.size() > MAX_APPEND) {
			throw EmulatedError.badRequest("The number of rows to append exceeds the limit of " + MAX_APPEND);
		}
		return insert(table, rows, archived, true);
	}

	/** Appends rows without a trace in the history, as fixtures do. */
	public synchronized List<String> seedRows(TableDef table, List<? extends Map<String, ?>> rows) {
		return insert(table, rows, false, false);
	}

	/**
	 * Updates rows: values keyed by column name (or key); links and unknown names are
	 * ignored.
	 */
	public synchronized void updateRows(TableDef table, Map<String, Map<String, Object>> updates) {
		if (updates.size() > MAX_UPDATE) {
			throw EmulatedError.badRequest("The number of rows to update exceeds the limit of " + MAX_UPDATE);
		}
		String now = Times.rowTime(this.clock.instant());
		updates.forEach((rowId, values) -> {
			Map<String, Object> before = select(table, "SELECT * FROM " + quote(table.name) + " WHERE _id = ?",
					List.of(rowId), true)
				.stream()
				.findFirst()
				.orElse(null);
			StringBuilder sql = new StringBuilder("UPDATE ").append(quote(table.name))
				.append(" SET _mtime = ?, _last_modifier = ?");
			List<@Nullable Object> parameters = new ArrayList<>(List.of(now, CREATOR));
			List<Map<String, Object>> changes = new ArrayList<>();
			values.forEach((name, value) -> {
				ColumnDef column = table.findColumn(name);
				if (column != null && !column.isLink() && !readOnlyType(column.type())) {
					Object stored = cell(table, column, value);
					sql.append(", ").append(quote(column.name())).append(" = ?");
					parameters.add(stored);
					changes.add(change(column, column.kind().fromDb(stored),
							(before != null) ? before.get(column.name()) : null));
				}
			});
			sql.append(" WHERE _id = ?");
			parameters.add(rowId);
			if (execute(sql.toString(), parameters) > 0) {
				this.history.rowActivity("modify_row", table, rowId, firstCell(table, before), changes);
				this.history.operation("modify_row", Map.of("table_id", table.id, "row_id", rowId));
			}
		});
	}

	public synchronized int deleteRows(TableDef table, List<String> rowIds) {
		if (rowIds.size() > MAX_DELETE) {
			throw EmulatedError.badRequest("The number of rows to delete exceeds the limit of " + MAX_DELETE);
		}
		int deleted = 0;
		for (String rowId : rowIds) {
			Map<String, Object> before = select(table, "SELECT * FROM " + quote(table.name) + " WHERE _id = ?",
					List.of(rowId), true)
				.stream()
				.findFirst()
				.orElse(null);
			if (execute("DELETE FROM " + quote(table.name) + " WHERE _id = ?", List.of(rowId)) > 0) {
				deleted++;
				this.history.rowActivity("delete_row", table, rowId, firstCell(table, before), List.of());
				this.history.operation("delete_row", Map.of("table_id", table.id, "row_id", rowId));
			}
		}
		return deleted;
	}

	/** Locks or unlocks rows ({@code _locked}, {@code _locked_by}). */
	public synchronized void lockRows(TableDef table, List<String> rowIds, boolean locked) {
		for (String rowId : rowIds) {
			execute("UPDATE " + quote(table.name) + " SET _locked = ?, _locked_by = ? WHERE _id = ?",
					Arrays.asList(locked ? Boolean.TRUE : null, locked ? CREATOR : null, rowId));
		}
	}

	// ---- big data
	// --------------------------------------------------------------------------------

	/** Moves the rows a view shows to the big-data storage; answers how many. */
	public synchronized int archiveView(TableDef table, String viewName) {
		List<String> ids = viewRows(table, viewName).stream().map((row) -> String.valueOf(row.get("_id"))).toList();
		ids.forEach(
				(id) -> execute("UPDATE " + quote(table.name) + " SET _archived = TRUE WHERE _id = ?", List.of(id)));
		this.history.dbOperation("archive_rows", Map.of("table_id", table.id, "count", ids.size()));
		return ids.size();
	}

	/**
	 * Moves rows back from the big-data storage (all archived rows for an empty list);
	 * answers how many.
	 */
	public synchronized int unarchive(TableDef table, List<String> rowIds) {
		int moved = rowIds.isEmpty()
				? execute("UPDATE " + quote(table.name) + " SET _archived = FALSE WHERE _archived", List.of()) : 0;
		for (String rowId : rowIds) {
			moved += execute("UPDATE " + quote(table.name) + " SET _archived = FALSE WHERE _id = ?", List.of(rowId));
		}
		this.history.dbOperation("unarchive_rows", Map.of("table_id", table.id, "count", moved));
		return moved;
	}

	public synchronized List<String> addArchivedRows(TableDef table, List<? extends Map<String, ?>> rows) {
		List<String> ids = appendRows(table, rows, true);
		this.history.dbOperation("insert_rows", Map.of("table_id", table.id, "count", ids.size()));
		return ids;
	}

	// ---- links
	// -----------------------------------------------------------------------------------

	/**
	 * A link column in {@code table} linking to {@code other} (the same table for a link
	 * within a table). For another table, that table gets the matching link column too,
	 * named after {@code table}. Both columns' data hold the shared {@code link_id},
	 * their {@code table_id} and the {@code other_table_id}.
	 */
	public synchronized ColumnDef addLinkColumn(TableDef table, String columnName, TableDef other) {
		String linkId = this.links.newId();
		ColumnDef column = addPlainColumn(table, new ColumnSpec(columnName, "link", linkData(linkId, table, other)),
				null);
		if (other != table) {
			String reverseName = table.name;
			for (int i = 2; other.findColumn(reverseName) != null; i++) {
				reverseName = table.name + i;
			}
			addPlainColumn(other, new ColumnSpec(reverseName, "link", linkData(linkId, other, table)), null);
		}
		this.links.register(new LinkDef(linkId, table.id, other.id));
		return column;
	}

	private static Map<String, Object> linkData(String linkId, TableDef table, TableDef other) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("display_column_key", other.columns.isEmpty() ? "0000" : other.columns.get(0).key());
		data.put("table_id", table.id);
		data.put("other_table_id", other.id);
		data.put("is_internal_link", table == other);
		data.put("is_multiple", true);
		data.put("is_row_from_view", false);
		data.put("other_view_id", "");
		data.put("link_id", linkId);
		return data;
	}

	public synchronized LinkDef link(String linkId) {
		return this.links.get(linkId);
	}

	public synchronized LinkDef linkOf(ColumnDef column) {
		return this.links.of(column);
	}

	/**
	 * The row pairs of a links request: for each row of {@code table}, the rows of
	 * {@code other} to link. Checks that the tables are the link's, and that every row
	 * exists.
	 */
	public synchronized LinkChange linkChange(LinkDef link, TableDef table, TableDef other,
			Map<String, List<String>> otherRowIds) {
		return this.links.change(link, table, other, otherRowIds);
	}

	/**
	 * Links to add, replace or remove.
	 *
	 * @param link the link
	 * @param reversed whether the rows given are of the link's other table
	 * @param keyRows the rows whose links change
	 * @param pairs the row pairs, left row of the link's table
	 */
	public record LinkChange(LinkDef link, boolean reversed, List<String> keyRows, List<List<String>> pairs) {
	}

	public synchronized void addLinks(LinkChange change) {
		this.links.add(change);
	}

	/** Replaces the links of the rows given. */
	public synchronized void replaceLinks(LinkChange change) {
		this.links.replace(change);
	}

	/**
	 * Removes links; answers how many were asked for (SeaTable counts pairs that were not
	 * linked too).
	 */
	public synchronized int removeLinks(LinkChange change) {
		return this.links.remove(change);
	}

	/**
	 * Links a row to rows of the link column's other table, no questions asked (for
	 * fixtures).
	 */
	public synchronized void seedLinks(TableDef table, ColumnDef column, String rowId, List<String> otherRowIds) {
		this.links.seed(table, column, rowId, otherRowIds);
	}

	/** The linked rows of a row, oldest link first, skipping rows deleted since. */
	public synchronized List<Map<String, Object>> linkCell(TableDef table, ColumnDef column, String rowId) {
		return this.links.cell(table, column, rowId);
	}

	/**
	 * Links the rows of the link's tables whose cells are equal in each pair of matching
	 * columns ({@code table1_key} of the link's table, {@code table2_key} of the other).
	 */
	public synchronized int autoLink(LinkDef link, List<Map<String, Object>> matchingKeys) {
		return this.links.autoLink(link, matchingKeys);
	}

	public synchronized TableDef tableById(String tableId) {
		return this.tables.values()
			.stream()
			.filter((t) -> t.id.equals(tableId))
			.findFirst()
			.orElseThrow(() -> EmulatedError.notFound("table " + tableId + " not found"));
	}

	// ---- SQL
	// -------------------------------------------------------------------------------------

	/**
	 * Runs a SELECT, UPDATE or DELETE. Without {@code convert_keys} the rows are keyed by
	 * column key and select cells hold option ids, as the official SDKs expect.
	 */
	public synchronized Map<String, Object> sql(String sql, List<?> parameters, boolean convertKeys, boolean readOnly) {
		return this.sql.run(sql, parameters, convertKeys, readOnly);
	}

	// ---- metadata and state
	// ----------------------------------------------------------------------

	public synchronized Map<String, Object> metadata() {
		List<Object> tableJson = new ArrayList<>();
		this.tables.values().forEach((table) -> tableJson.add(table.json(false)));
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("tables", tableJson);
		metadata.put("version", 1);
		metadata.put("format_version", 9);
		metadata.put("settings", Map.of());
		return metadata;
	}

	/** Empties the base: no tables, links, comments, notifications, history or files. */
	public synchronized void clear() {
		for (TableDef table : List.copyOf(this.tables.values())) {
			execute("DROP TABLE " + quote(table.name), List.of());
		}
		this.tables.clear();
		this.links.clear();
		this.comments.clear();
		this.notifications.clear();
		this.history.clear();
		this.assets.clear();
	}

	public void close() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// closing the whole database anyway
		}
	}

	// ---- cells
	// -----------------------------------------------------------------------------------

	private static boolean readOnlyType(String type) {
		return switch (type) {
			case "formula", "link-formula", "ctime", "mtime", "creator", "last-modifier", "button" -> true;
			default -> false;
		};
	}

	/**
	 * A cell value as SeaTable stores it: dates in ISO form with the server's offset,
	 * checkbox {@code true} only for JSON {@code true}, unknown select options created in
	 * the column (API_ISSUES #1, #2, #5).
	 */
	private @Nullable Object cell(TableDef table, ColumnDef column, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		switch (column.type()) {
			case "date" -> {
				return Dates.normalize(value, column.setting("format"), this.zone);
			}
			case "single-select", "multiple-select" -> {
				List<String> names = new ArrayList<>();
				if (value instanceof Collection<?> list) {
					list.forEach((item) -> names.add(String.valueOf(item)));
				}
				else if (!"".equals(value)) {
					names.add(String.valueOf(value));
				}
				createMissingOptions(table, column, names);
				return column.kind()
					.toDb(column.type().equals("single-select") && value instanceof Collection<?>
							? (names.isEmpty() ? null : names.get(0)) : value);
			}
			default -> {
				return column.kind().toDb(value);
			}
		}
	}

	private static void createMissingOptions(TableDef table, ColumnDef column, List<String> names) {
		List<Map<String, Object>> options = new ArrayList<>(SelectOptions.options(table.column(column.key())));
		boolean added = false;
		for (String name : names) {
			if (options.stream().noneMatch((option) -> name.equals(option.get("name")))) {
				options.add(SelectOptions.newOption(options, name, null, null));
				added = true;
			}
		}
		if (added) {
			SelectOptions.replaceOptions(table, column, options);
		}
	}

	private List<String> insert(TableDef table, List<? extends Map<String, ?>> rows, boolean archived, boolean log) {
		List<String> ids = new ArrayList<>();
		String now = Times.rowTime(this.clock.instant());
		List<ColumnDef> columns = List.copyOf(table.columns);
		StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(table.name))
			.append(" (_id, _ctime, _mtime, _creator, _last_modifier, _locked, _locked_by, _archived");
		columns.forEach((column) -> sql.append(", ").append(quote(column.name())));
		sql.append(") VALUES (?, ?, ?, ?, ?, NULL, NULL, ?").append(", ?".repeat(columns.size())).append(")");
		List<Map<String, Object>> logged = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement(sql.toString())) {
			for (Map<String, ?> row : rows) {
				String id = Ids.rowId();
				ids.add(id);
				statement.setString(1, id);
				statement.setString(2, now);
				statement.setString(3, now);
				statement.setString(4, CREATOR);
				statement.setString(5, CREATOR);
				statement.setBoolean(6, archived);
				int index = 7;
				Map<String, Object> stored = new LinkedHashMap<>();
				for (ColumnDef column : columns) {
					Object given = row.containsKey(column.name()) ? row.get(column.name()) : row.get(column.key());
					Object value;
					if (column.type().equals("auto-number") && given == null) {
						value = nextAutoNumber(table, column);
					}
					else {
						// links are written through /links/, computed columns not at all
						value = (column.isLink() || readOnlyType(column.type())) ? null : cell(table, column, given);
					}
					statement.setObject(index++, value);
					if (value != null) {
						stored.put(column.name(), column.kind().fromDb(value));
					}
				}
				logged.add(stored);
				statement.addBatch();
			}
			statement.executeBatch();
		}
		catch (SQLException ex) {
			throw EmulatedError.badRequest(ex.getMessage());
		}
		if (log) {
			for (int i = 0; i < ids.size(); i++) {
				List<Map<String, Object>> changes = new ArrayList<>();
				Map<String, Object> values = logged.get(i);
				for (ColumnDef column : columns) {
					if (values.containsKey(column.name())) {
						changes.add(change(column, values.get(column.name()), null));
					}
				}
				this.history.rowActivity("insert_row", table, ids.get(i),
						columns.isEmpty() ? null : values.get(columns.get(0).name()), changes);
				this.history.operation("insert_row", Map.of("table_id", table.id, "row_id", ids.get(i)));
			}
		}
		return ids;
	}

	/**
	 * The next number of an auto-number column: its format's zeros as digits, after a
	 * string or date prefix.
	 */
	private String nextAutoNumber(TableDef table, ColumnDef column) {
		ColumnDef current = table.column(column.key());
		int next = ((current.setting("max_used_auto_number") instanceof Number used) ? used.intValue() : 0) + 1;
		Map<String, Object> data = new LinkedHashMap<>((current.data() != null) ? current.data() : Map.of());
		data.put("max_used_auto_number", next);
		table.replace(current, current.withData(data));
		int digits = (data.get("digits") instanceof Number number) ? number.intValue() : 4;
		String number = String.format(Locale.ROOT, "%0" + Math.max(1, digits) + "d", next);
		Object prefixType = data.get("prefix_type");
		if ("date".equals(prefixType)) {
			return DateTimeFormatter.BASIC_ISO_DATE.format(this.clock.instant().atZone(this.zone)) + "-" + number;
		}
		if ("string".equals(prefixType) && data.get("prefix") instanceof String prefix) {
			return prefix + number;
		}
		return number;
	}

	private static Map<String, Object> change(ColumnDef column, @Nullable Object value, @Nullable Object oldValue) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("column_key", column.key());
		change.put("column_name", column.name());
		change.put("column_type", column.type());
		change.put("column_data", (column.data() != null) ? column.data() : Map.of());
		change.put("value", value);
		change.put("old_value", oldValue);
		return change;
	}

	private static @Nullable Object firstCell(TableDef table, @Nullable Map<String, Object> row) {
		return (row == null || table.columns.isEmpty()) ? null : row.get(table.columns.get(0).name());
	}

	List<Map<String, Object>> select(TableDef table, String sql, List<?> parameters, boolean convertKeys) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			bind(statement, parameters);
			try (ResultSet resultSet = statement.executeQuery()) {
				ResultSetMetaData meta = resultSet.getMetaData();
				List<Map<String, Object>> rows = new ArrayList<>();
				while (resultSet.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						String label = meta.getColumnLabel(i);
						ColumnDef column = SYSTEM_COLUMNS.contains(label) ? null : table.findColumn(label);
						if (column != null) {
							row.put(convertKeys ? column.name() : column.key(),
									column.kind().fromDb(resultSet.getObject(i)));
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
			throw EmulatedError.badRequest(ex.getMessage());
		}
	}

	/**
	 * Link cells are not stored with the row: they show the row's first links, like
	 * SeaTable's rows do.
	 */
	private void fillLinkCells(TableDef table, Map<String, Object> row, boolean convertKeys) {
		if (!(row.get("_id") instanceof String rowId)) {
			return;
		}
		for (ColumnDef column : table.columns) {
			String key = convertKeys ? column.name() : column.key();
			if (column.isLink() && row.containsKey(key)) {
				List<Map<String, Object>> links = linkCell(table, column, rowId);
				row.put(key, List.copyOf(links.subList(0, Math.min(links.size(), LINK_CELL_LIMIT))));
			}
		}
	}

	int execute(String sql, List<?> parameters) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			bind(statement, parameters);
			return statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw EmulatedError.badRequest(ex.getMessage());
		}
	}

	static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
		for (int i = 0; i < parameters.size(); i++) {
			Object value = parameters.get(i);
			statement.setObject(i + 1,
					(value instanceof Map || value instanceof Collection) ? Json.write(value) : value);
		}
	}

	private String schema() {
		return "base_" + this.uuid.replace("-", "");
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	@Override
	public String toString() {
		return "BaseStore[" + this.name + ", " + this.uuid + "]";
	}

}

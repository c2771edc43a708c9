package io.github.seatablespring.test.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A base's SQL endpoint: SELECT, UPDATE and DELETE run by H2 over the base's tables,
 * answered as SeaTable answers them (metadata, row limits, link cells, {@code _id}, keys
 * or names).
 */
final class SqlQueries {

	private static final Pattern LIMIT = Pattern.compile("\\blimit\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern LITERALS = Pattern.compile("'(?:[^']|'')*'");

	private static final Pattern UPDATE_SET = Pattern.compile("^\\s*update\\s+.+?\\s+set\\s+",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern GROUPED = Pattern.compile("\\b(distinct|group\\s+by)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern SELECT = Pattern.compile("^\\s*select\\s+", Pattern.CASE_INSENSITIVE);

	private final BaseStore store;

	SqlQueries(BaseStore store) {
		this.store = store;
	}

	/** See {@link BaseStore#sql}; called with the store's lock held. */
	Map<String, Object> run(String sql, List<?> parameters, boolean convertKeys, boolean readOnly) {
		String statement = sql.trim();
		String verb = statement.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		Map<String, Object> result = new LinkedHashMap<>();
		switch (verb) {
			case "select" -> {
				int maxRows = LIMIT.matcher(LITERALS.matcher(statement).replaceAll("''")).find()
						? BaseStore.SQL_MAX_LIMIT : BaseStore.SQL_DEFAULT_LIMIT;
				List<Object> metadata = new ArrayList<>();
				String selected = withRowId(statement);
				result.put("results", query(selected, parameters, maxRows, convertKeys, metadata));
				if (!selected.equals(statement)) {
					// the _id SeaTable adds has no metadata
					metadata.remove(0);
				}
				result.put("metadata", metadata);
			}
			case "update", "delete" -> {
				if (readOnly) {
					throw EmulatedError.permissionDenied();
				}
				Matcher set = UPDATE_SET.matcher(statement);
				if (verb.equals("update") && set.find()) {
					statement = set.group() + "_mtime = '" + Times.rowTime(this.store.clock().instant())
							+ "', _last_modifier = '" + BaseStore.CREATOR + "', " + statement.substring(set.end());
				}
				result.put("results", List.of());
				result.put("metadata", List.of());
				result.put("affected_rows", this.store.execute(statement, parameters));
			}
			case "insert" ->
				throw EmulatedError.badRequest("base " + this.store.uuid() + " not found: insert on non-existent base");
			default -> throw EmulatedError.badRequest("only SELECT, UPDATE and DELETE statements are supported");
		}
		result.put("success", true);
		result.put("is_join_stmt", false);
		result.put("error_message", "");
		return result;
	}

	/**
	 * The statement with {@code _id} selected too, as SeaTable answers every row's
	 * {@code _id} to a plain SELECT of one table's columns (not to DISTINCT, GROUP BY or
	 * computed columns).
	 */
	private String withRowId(String select) {
		String bare = LITERALS.matcher(select).replaceAll("''");
		if (GROUPED.matcher(bare).find()) {
			return select;
		}
		try (PreparedStatement statement = this.store.connection().prepareStatement(select)) {
			ResultSetMetaData meta = statement.getMetaData();
			String table = null;
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				String owner = meta.getTableName(i);
				if (owner == null || owner.isEmpty() || (table != null && !table.equals(owner))
						|| meta.getColumnName(i).equals("_id")) {
					return select;
				}
				table = owner;
			}
			Matcher keyword = SELECT.matcher(select);
			return (table != null && keyword.find()) ? keyword.group() + "_id, " + select.substring(keyword.end())
					: select;
		}
		catch (SQLException ex) {
			// answered by running it
			return select;
		}
	}

	private List<Object> query(String sql, List<?> parameters, int maxRows, boolean convertKeys,
			List<Object> metadata) {
		try (PreparedStatement statement = this.store.connection().prepareStatement(sql)) {
			statement.setMaxRows(maxRows);
			BaseStore.bind(statement, parameters);
			try (ResultSet resultSet = statement.executeQuery()) {
				ResultSetMetaData meta = resultSet.getMetaData();
				int count = meta.getColumnCount();
				String[] keys = new String[count + 1];
				@Nullable ColumnDef[] columns = new ColumnDef[count + 1];
				@Nullable TableDef[] owners = new TableDef[count + 1];
				for (int i = 1; i <= count; i++) {
					String label = meta.getColumnLabel(i);
					TableDef table = findTableIgnoringCase(meta.getTableName(i));
					ColumnDef column = (table != null && !BaseStore.SYSTEM_COLUMNS.contains(meta.getColumnName(i)))
							? table.findColumn(meta.getColumnName(i)) : null;
					columns[i] = column;
					owners[i] = table;
					boolean aliased = !label.equals(meta.getColumnName(i));
					Map<String, Object> info = new LinkedHashMap<>();
					if (column != null) {
						keys[i] = aliased ? label : (convertKeys ? column.name() : column.key());
						info.put("key", column.key());
						info.put("name", aliased ? label : column.name());
						info.put("type", column.type());
						info.put("data", column.data());
					}
					else {
						keys[i] = label;
						info.put("key", label);
						info.put("name", label);
						info.put("type", sqlType(meta.getColumnType(i), label));
						info.put("data", null);
					}
					metadata.add(info);
				}
				List<Object> rows = new ArrayList<>();
				while (resultSet.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int i = 1; i <= count; i++) {
						ColumnDef column = columns[i];
						Object value = resultSet.getObject(i);
						Object cell = (column != null) ? column.kind().fromDb(value) : ColumnKind.plain(value);
						row.put(keys[i], (column != null && !convertKeys) ? optionIds(column, cell) : cell);
					}
					for (int i = 1; i <= count; i++) {
						// a link cell can only be filled when the row's _id is selected
						// too
						if (columns[i] != null && owners[i] != null && columns[i].isLink()
								&& row.get("_id") instanceof String rowId) {
							List<Map<String, Object>> links = this.store.linkCell(owners[i], columns[i], rowId);
							row.put(keys[i],
									List.copyOf(links.subList(0, Math.min(links.size(), BaseStore.LINK_CELL_LIMIT))));
						}
					}
					rows.add(row);
				}
				return rows;
			}
		}
		catch (SQLException ex) {
			throw EmulatedError.badRequest(ex.getMessage());
		}
	}

	/** Select cells by option id, as SQL answers them without {@code convert_keys}. */
	private static @Nullable Object optionIds(ColumnDef column, @Nullable Object cell) {
		if (!column.type().equals("single-select") && !column.type().equals("multiple-select")) {
			return cell;
		}
		Map<String, Object> ids = new LinkedHashMap<>();
		SelectOptions.options(column)
			.forEach((option) -> ids.put(String.valueOf(option.get("name")), option.get("id")));
		if (cell instanceof List<?> names) {
			return names.stream().map((name) -> ids.getOrDefault(String.valueOf(name), name)).toList();
		}
		return (cell != null) ? ids.getOrDefault(String.valueOf(cell), cell) : null;
	}

	private static String sqlType(int type, String label) {
		if (label.startsWith("_")) {
			return label.equals("_ctime") || label.equals("_mtime") ? label.substring(1) : "text";
		}
		return switch (type) {
			case Types.BOOLEAN, Types.BIT -> "checkbox";
			case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC, Types.INTEGER, Types.BIGINT,
					Types.SMALLINT, Types.TINYINT ->
				"number";
			default -> "text";
		};
	}

	private @Nullable TableDef findTableIgnoringCase(@Nullable String tableName) {
		TableDef table = this.store.findTable(tableName);
		if (table != null || tableName == null) {
			return table;
		}
		return this.store.tables().stream().filter((t) -> t.name.equalsIgnoreCase(tableName)).findFirst().orElse(null);
	}

}

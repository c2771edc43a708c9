package io.github.seatablespring.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.model.Link;
import io.github.seatablespring.test.fixture.CsvFixture;
import io.github.seatablespring.test.fixture.JsonFixture;
import io.github.seatablespring.test.store.BaseStore;
import io.github.seatablespring.test.store.ColumnDef;
import io.github.seatablespring.test.store.ColumnSpec;
import io.github.seatablespring.test.store.TableDef;

import org.springframework.core.io.Resource;

/**
 * A base of a {@link SeaTableEmulator}: tables, columns and views in memory, rows in an
 * embedded H2 schema of its own (the single source of truth for the REST endpoints and
 * SQL).
 *
 * <p>
 * Created with {@link SeaTableEmulator#createBase(String)}. The seeding methods here do
 * not go through HTTP, are not journaled, do not count against the quota and leave no
 * trace in the base's activities.
 */
public final class EmulatedBase {

	private final BaseStore store;

	private final SeaTableEmulator emulator;

	private final String apiToken;

	EmulatedBase(SeaTableEmulator emulator, BaseStore store) {
		this.emulator = emulator;
		this.store = store;
		this.apiToken = emulator.tokens().createApiToken(store.uuid(), false);
	}

	BaseStore store() {
		return this.store;
	}

	/** The base's uuid ({@code dtable_uuid}). */
	public String uuid() {
		return this.store.uuid();
	}

	/** The base's name ({@code dtable_name}). */
	public String name() {
		return this.store.name();
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
		return this.emulator.tokens().createApiToken(uuid(), readOnly);
	}

	/**
	 * Creates a table with a Default View.
	 * @return this base, for chaining
	 */
	public EmulatedBase createTable(String tableName, List<EmulatedColumn> columns) {
		this.store.addTable(tableName, columns.stream().map(EmulatedBase::spec).toList());
		return this;
	}

	/** Appends a column to a table. */
	public EmulatedBase addColumn(String tableName, EmulatedColumn column) {
		this.store.addColumn(table(tableName), spec(column), null);
		return this;
	}

	/**
	 * Inserts rows (values keyed by column name; unknown names are ignored) without going
	 * through HTTP.
	 * @return the new rows' ids
	 */
	public List<String> insertRows(String tableName, List<? extends Map<String, ?>> rows) {
		return this.store.seedRows(table(tableName), rows);
	}

	/**
	 * The current rows of a table in insertion order, keyed by column name (with
	 * {@code _id}, {@code _ctime}...).
	 */
	public List<Map<String, Object>> rows(String tableName) {
		return this.store.rows(table(tableName));
	}

	/** Deletes a table and its rows, if it exists. */
	public EmulatedBase dropTable(String tableName) {
		TableDef table = this.store.findTable(tableName);
		if (table != null && table.name().equals(tableName)) {
			this.store.deleteTable(table);
		}
		return this;
	}

	/** The names of the base's tables. */
	public List<String> tableNames() {
		return this.store.tables().stream().map(TableDef::name).toList();
	}

	/**
	 * Empties the base: its tables, rows, links, comments, notifications, history and
	 * files go.
	 */
	public void clear() {
		this.store.clear();
	}

	// ---- fixtures
	// --------------------------------------------------------------------------------

	/**
	 * Seeds the base from a JSON fixture: {@code {"tables": [{"name": "Contacts",
	 * "columns": [{"name": "Name", "type": "text"}, ...], "rows": [{"Name": "Ann"},
	 * ...]}]}}. A table that does not exist is created with the columns given (a column
	 * may have {@code data}); for one that exists, the columns it lacks are added. The
	 * rows are appended.
	 * @return this base, for chaining
	 */
	public EmulatedBase load(Path json) {
		JsonFixture.load(this.store, read(json), json.toString());
		return this;
	}

	/**
	 * Seeds the base from a JSON fixture read from this stream (not closed); see
	 * {@link #load(Path)}.
	 */
	public EmulatedBase load(InputStream json) {
		JsonFixture.load(this.store, read(json), "stream");
		return this;
	}

	/** Seeds the base from a JSON fixture resource; see {@link #load(Path)}. */
	public EmulatedBase load(Resource json) {
		try (InputStream in = json.getInputStream()) {
			JsonFixture.load(this.store, read(in), json.getDescription());
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read fixture " + json.getDescription(), ex);
		}
	}

	/**
	 * Appends the rows of a CSV file (RFC 4180, UTF-8, the first record names the
	 * columns) to a table. A table that does not exist is created with text columns; for
	 * one that exists, the values are converted to its columns' types (numbers,
	 * {@code true}/{@code 1}/{@code yes} for checkboxes, comma-separated or JSON lists
	 * for multiple-select) and columns it lacks are added as text columns. Empty values
	 * are left empty.
	 * @return the new rows' ids
	 */
	public List<String> loadCsv(String tableName, Path csv) {
		return CsvFixture.load(this.store, tableName, read(csv));
	}

	/**
	 * Appends the rows of CSV read from this stream (not closed); see
	 * {@link #loadCsv(String, Path)}.
	 */
	public List<String> loadCsv(String tableName, InputStream csv) {
		return CsvFixture.load(this.store, tableName, read(csv));
	}

	/** Appends the rows of a CSV resource; see {@link #loadCsv(String, Path)}. */
	public List<String> loadCsv(String tableName, Resource csv) {
		try (InputStream in = csv.getInputStream()) {
			return CsvFixture.load(this.store, tableName, read(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read CSV " + csv.getDescription(), ex);
		}
	}

	// ---- links
	// -----------------------------------------------------------------------------------

	/**
	 * Creates a link column in {@code tableName} linking its rows to those of
	 * {@code otherTableName} (the same table for a link within a table). For another
	 * table, that table gets the matching link column too, named after {@code tableName}.
	 * Both columns' data hold the shared {@code link_id}, their own {@code table_id} and
	 * the {@code other_table_id}.
	 * @return this base, for chaining
	 */
	public EmulatedBase createLinkColumn(String tableName, String columnName, String otherTableName) {
		this.store.addLinkColumn(table(tableName), columnName, table(otherTableName));
		return this;
	}

	/** The link behind a link column, as the client's links operations take it. */
	public Link link(String tableName, String linkColumnName) {
		ColumnDef column = table(tableName).column(linkColumnName);
		if (!column.isLink() || column.data() == null) {
			throw new IllegalArgumentException(linkColumnName + " is not a link column of " + tableName);
		}
		return new Link(String.valueOf(column.setting("link_id")), String.valueOf(column.setting("table_id")),
				String.valueOf(column.setting("other_table_id")));
	}

	/**
	 * Links a row to rows of the link column's other table, without going through HTTP.
	 */
	public EmulatedBase addLinks(String tableName, String linkColumnName, String rowId, List<String> otherRowIds) {
		TableDef table = table(tableName);
		this.store.seedLinks(table, table.column(linkColumnName), rowId, otherRowIds);
		return this;
	}

	// ---- comments, notifications, toasts, files
	// --------------------------------------------------

	/**
	 * Adds a comment to a row (SeaTable's API has no call that creates one).
	 * @return the comment's id
	 */
	public long addComment(String rowId, String author, String comment) {
		return ((Number) this.store.comments().add(rowId, author, comment).get("id")).longValue();
	}

	/**
	 * Adds a notification for {@code username}, for example {@code msg_type}
	 * {@code "row_comment"} with {@code detail} {@code {"table_id": ..., "row_id": ...,
	 * "author": ...}}.
	 * @return the notification's id
	 */
	public long addNotification(String username, String msgType, Map<String, Object> detail) {
		return ((Number) this.store.notifications().add(username, msgType, detail).get("id")).longValue();
	}

	/** The toasts sent to the base with {@code POST .../ui-toasts/}, oldest first. */
	public List<Map<String, Object>> toasts() {
		return this.store.notifications().toasts();
	}

	/**
	 * Stores a file as an upload would, for example at {@code /files/2025-01/report.pdf}
	 * or in the custom folder at {@code /custom/Invoices/a.pdf}.
	 */
	public EmulatedBase putFile(String path, byte[] content) {
		int slash = path.lastIndexOf('/');
		if (!path.startsWith("/") || slash == path.length() - 1) {
			throw new IllegalArgumentException("path must look like /files/2025-01/report.pdf, not " + path);
		}
		this.store.assets().put(path.substring(0, slash), path.substring(slash + 1), content, true);
		return this;
	}

	/** A stored file's content, or {@code null}. */
	public byte @org.jspecify.annotations.Nullable [] file(String path) {
		var asset = this.store.assets().get(path);
		return (asset != null) ? asset.content().clone() : null;
	}

	private TableDef table(String tableName) {
		TableDef table = this.store.findTable(tableName);
		if (table == null || !table.name().equals(tableName)) {
			throw new IllegalArgumentException("table " + tableName + " not found in base " + name());
		}
		return table;
	}

	private static ColumnSpec spec(EmulatedColumn column) {
		return new ColumnSpec(column.name(), column.type(), column.data());
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + path, ex);
		}
	}

	private static String read(InputStream in) {
		try {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the fixture", ex);
		}
	}

	@Override
	public String toString() {
		return "EmulatedBase[" + name() + ", " + uuid() + "]";
	}

}

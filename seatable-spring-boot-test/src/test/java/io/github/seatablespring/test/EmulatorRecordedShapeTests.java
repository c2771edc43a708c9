package io.github.seatablespring.test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The emulator answers with the JSON shapes of a real SeaTable server: each supported
 * operation's response is compared, key for key and type for type, with a response
 * recorded from a real server ({@code shared/seatable-api/recorded}, found above the
 * working directory; skipped when absent).
 *
 * <p>
 * Rules: recorded values masked as {@code "str"}, {@code "int"}, {@code "bool"},
 * {@code "list"}, {@code "dict"} stand for their type, a recorded {@code null} for any
 * type; an empty object or array on either side is compared by type only (its content
 * depends on the data); array elements are paired by {@code name} when they have one,
 * else by index. Rows are compared on the system keys and on the cells of the columns the
 * emulator table has: it is built with the recorded table's columns of the types the
 * emulator stores (text, number, checkbox, date, select, ...), filled with the recorded
 * rows' values, so its rows must have exactly those keys with the recorded value types.
 */
class EmulatorRecordedShapeTests {

	private static final Set<String> SYSTEM_KEYS = Set.of("_id", "_ctime", "_mtime", "_creator", "_last_modifier",
			"_locked", "_locked_by", "_archived");

	/**
	 * Column types whose cells the emulator stores; formula, auto-number, link... are
	 * computed by a real server.
	 */
	private static final Set<String> SUPPORTED_TYPES = Set.of("text", "long-text", "email", "url", "single-select",
			"multiple-select", "checkbox", "number", "rate", "duration", "date", "geolocation", "digital-sign",
			"collaborator");

	private static final Set<String> MASKS = Set.of("str", "int", "bool", "list", "dict");

	private static final String TABLE = "Shapes";

	private static @Nullable Path recorded;

	@RegisterExtension
	final SeaTableEmulatorExtension seaTable = new SeaTableEmulatorExtension(SeaTableEmulator.builder(), "Shapes");

	private EmulatedBase base;

	private EmulatorClient client;

	private String token;

	/** Names of the emulator table's columns: the recorded ones of supported types. */
	private final Set<String> columns = new LinkedHashSet<>();

	@BeforeAll
	static void locateRecordings() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/seatable-api/recorded");
			if (Files.isDirectory(candidate)) {
				recorded = candidate;
				break;
			}
		}
		if (recorded == null) {
			// Maven prints no reason for a skipped class: say it where the build log
			// shows it
			System.out.println(
					"EmulatorRecordedShapeTests skipped: SeaTable's reference files (shared/seatable-api/recorded) are not "
							+ "next to or above this checkout");
		}
		assumeTrue(recorded != null, "no shared/seatable-api/recorded above the working directory");
	}

	@BeforeEach
	void token() {
		this.base = this.seaTable.base();
		this.client = new EmulatorClient(this.seaTable.emulator());
		this.token = this.client.baseToken(this.base.apiToken());
	}

	@Test
	void tokenExchange() {
		HttpResponse<String> response = this.client.send("GET", "/api/v2.1/dtable/app-access-token/",
				"Token " + this.base.apiToken(), "");
		assertThat(response.statusCode()).isEqualTo(200);
		assertSameShape("test_authentication/test_getBaseTokenWithApiToken.json", EmulatorClient.json(response),
				Set.of());
	}

	@Test
	void listRows() {
		createRecordedTable();
		JsonNode rows = call("GET", "rows/?table_name=" + TABLE, "");
		assertThat(rows.path("rows").size()).isEqualTo(recordedRows().size());
		assertSameShape("test_base_operations/test_listRows[listRows].json", rows, Set.of("rows"));
	}

	@Test
	void getRow() {
		List<String> ids = createRecordedTable();
		JsonNode row = call("GET", "rows/" + ids.get(0) + "/?table_name=" + TABLE, "");
		assertSameShape("test_base_operations/test_getRow[getRow].json", row, Set.of(""));
	}

	@Test
	void appendRows() {
		createRecordedTable();
		JsonNode recording = read("test_base_operations/test_appendRows[appendRows].json");
		int count = recording.path("row_ids").size();
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < count; i++) {
			rows.append((i > 0) ? "," : "")
				.append("{\"text\":\"row ")
				.append(i)
				.append("\",\"number\":")
				.append(i)
				.append('}');
		}
		JsonNode appended = call("POST", "rows/", "{\"table_name\":\"" + TABLE + "\",\"rows\":[" + rows + "]}");
		assertThat(appended.path("row_ids").size()).isEqualTo(count);
		assertSameShape("test_base_operations/test_appendRows[appendRows].json", appended, Set.of("first_row"));
	}

	@Test
	void querySql() {
		createRecordedTable();
		JsonNode result = call("POST", "sql/", "{\"sql\":\"SELECT * FROM " + TABLE + "\",\"convert_keys\":true}");
		assertThat(result.path("results").size()).isEqualTo(recordedRows().size());
		assertSameShape("test_base_operations/test_querySQL[querySQL].json", result, Set.of("results"));
	}

	@Test
	void getMetadata() {
		// the recorded base's second table was created through the API, with a text and a
		// number column
		JsonNode recording = read("test_metadata/test_getMetadata.json");
		JsonNode table = recording.path("metadata").path("tables").path(1);
		List<EmulatedColumn> definitions = new ArrayList<>();
		for (JsonNode column : table.path("columns")) {
			definitions.add(column(column));
		}
		this.base.createTable(table.path("name").stringValue(), definitions);
		assertSameShape("test_metadata/test_getMetadata.json", call("GET", "metadata/", ""), Set.of());
	}

	@Test
	void createTable() {
		JsonNode created = call("POST", "tables/",
				"{\"table_name\":\"test_createTable\",\"columns\":["
						+ "{\"column_name\":\"Name\",\"column_type\":\"text\"},"
						+ "{\"column_name\":\"Count\",\"column_type\":\"number\"}]}");
		assertSameShape("test_base_operations/test_createTable[createTable].json", created, Set.of());
	}

	@Test
	void listColumns() {
		createRecordedTable();
		JsonNode listed = call("GET", "columns/?table_name=" + TABLE, "");
		assertThat(listed.path("columns").size()).isEqualTo(this.columns.size());
		assertSameShape("test_columns/test_listColumns.json", listed, Set.of());
	}

	@Test
	void listViews() {
		this.base.createTable(TABLE, List.of(EmulatedColumn.of("Name", "text")));
		assertSameShape("test_views/test_listViews.json", call("GET", "views/?table_name=" + TABLE, ""), Set.of());
	}

	@Test
	void getView() {
		this.base.createTable(TABLE, List.of(EmulatedColumn.of("Name", "text")));
		assertSameShape("test_views/test_getView.json", call("GET", "views/Default%20View/?table_name=" + TABLE, ""),
				Set.of());
	}

	@Test
	void createView() {
		this.base.createTable(TABLE, List.of(EmulatedColumn.of("Name", "text")));
		JsonNode created = call("POST", "views/?table_name=" + TABLE,
				"{\"name\":\"My Custom View\",\"type\":\"table\"}");
		assertSameShape("test_views/test_createView.json", created, Set.of());
		assertThat(created.path("name").stringValue()).isEqualTo("My Custom View");
	}

	@Test
	void listColumnsWithOptionsAddedThroughColumnOptions() {
		this.base.createTable(TABLE, List.of(EmulatedColumn.of("single-select", "single-select"),
				EmulatedColumn.of("multiple-select", "multiple-select")));
		for (String column : List.of("single-select", "multiple-select")) {
			call("POST", "column-options/", "{\"table_name\":\"" + TABLE + "\",\"column\":\"" + column
					+ "\",\"options\":[{\"name\":\"option-1\"},{\"name\":\"option-2\"},{\"name\":\"option-3\"}]}");
		}
		JsonNode listed = call("GET", "columns/?table_name=" + TABLE, "");
		assertThat(listed.path("columns").get(0).path("data").path("options")).hasSize(3);
		assertSameShape("test_columns/test_listColumns.json", listed, Set.of());
	}

	@Test
	void insertColumn() {
		this.base.createTable(TABLE, List.of(EmulatedColumn.of("Name", "text")));
		// without column_data: the server's defaults; with it: what the recorded request
		// must have sent
		Map<String, Boolean> recordings = new LinkedHashMap<>();
		recordings.put("test_columns/test_insertColumn.json", false);
		recordings.put("test_columns/test_insertColumn[checkbox].json", false);
		recordings.put("test_columns/test_insertColumn[email].json", false);
		recordings.put("test_columns/test_insertColumn[url].json", false);
		recordings.put("test_columns/test_insertColumn[rate].json", false);
		recordings.put("test_columns/test_insertColumn[date-iso].json", true);
		recordings.put("test_columns/test_insertColumn[duration-h-mm-ss].json", true);
		recordings.put("test_columns/test_insertColumn[geolocation].json", true);
		recordings.put("test_columns/test_insertColumn[number-yuan].json", true);
		recordings.put("test_columns/test_insertColumn[single-select].json", true);
		recordings.put("test_columns/test_insertColumn[auto-number].json", true);
		List<String> differences = new ArrayList<>();
		int i = 0;
		for (Map.Entry<String, Boolean> entry : recordings.entrySet()) {
			JsonNode recording = read(entry.getKey());
			ObjectNode request = EmulatorClient.JSON.createObjectNode();
			request.put("table_name", TABLE);
			request.put("column_name", "column " + i++);
			request.put("column_type", recording.path("type").stringValue());
			if (entry.getValue()) {
				request.set("column_data", recording.path("data"));
			}
			JsonNode inserted = call("POST", "columns/", request.toString());
			compare("", recording, inserted, Set.of(), differences);
			differences.replaceAll((difference) -> (difference.startsWith(entry.getKey()) ? difference
					: entry.getKey() + ": " + difference));
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void appendColumns() {
		this.base.createTable(TABLE, List.of(EmulatedColumn.of("Name", "text")));
		JsonNode recording = read("test_columns/test_appendColumns.json");
		StringBuilder columns = new StringBuilder();
		for (JsonNode column : recording.path("columns")) {
			columns.append((columns.length() > 0) ? "," : "")
				.append("{\"column_name\":\"")
				.append(column.path("name").stringValue())
				.append("\",\"column_type\":\"")
				.append(column.path("type").stringValue())
				.append("\",\"column_data\":")
				.append(column.path("data"))
				.append('}');
		}
		JsonNode appended = call("POST", "batch-append-columns/",
				"{\"table_name\":\"" + TABLE + "\",\"columns\":[" + columns + "]}");
		assertSameShape("test_columns/test_appendColumns.json", appended, Set.of());
	}

	@Test
	void duplicateTable() {
		createRecordedTable();
		JsonNode copy = call("POST", "tables/duplicate-table/",
				"{\"table_name\":\"" + TABLE + "\",\"is_duplicate_records\":false}");
		List<String> differences = new ArrayList<>();
		JsonNode recording = read("test_tables/test_duplicateTable.json");
		for (String key : List.of("_id", "name", "views")) {
			compare(key, recording.path(key), copy.path(key), Set.of(), differences);
		}
		compare("columns[0]", recording.path("columns").get(0), copy.path("columns").get(0), Set.of(), differences);
		assertThat(differences).isEmpty();
		assertThat(copy.has("rows") && copy.has("id_row_map")).isTrue();
	}

	@Test
	void commentsCountsAndCollaborators() {
		List<String> ids = createRecordedTable();
		long id = this.base.addComment(ids.get(0), "ann@auth.local", "First comment");
		this.base.addComment(ids.get(0), "ann@auth.local", "Second comment");
		assertSameShape("test_comments/test_getComment.json", call("GET", "comments/" + id + "/", ""), Set.of());
		assertSameShape("test_comments/test_listRowComments_multiple_comments.json",
				call("GET", "comments/?row_id=" + ids.get(0), ""), Set.of());
		assertSameShape("test_comments/test_listCommentsWithinDays_multiple_comments.json",
				call("GET", "comments-within-days/?days=3", ""), Set.of());
		JsonNode counts = EmulatorClient.json(this.client.send("GET",
				"/api/v2.1/dtables/" + this.base.uuid() + "/rows-comments-num/", "Bearer " + this.token, ""));
		assertSameShape("test_comments/test_getNumberOfComments.json", counts, Set.of());
		assertSameShape("test_metadata/test_listCollaborators.json", call("GET", "related-users/", ""), Set.of());
	}

	@Test
	void notificationsAndActivities() {
		List<String> ids = createRecordedTable();
		this.base.addNotification("ann@auth.local", "selected_collaborator",
				Map.of("author", "bob@auth.local", "row_id", ids.get(0), "table_id", "0000"));
		assertSameShape("test_notifications/test_listBaseNotifications_selected_collaborator.json",
				call("GET", "notifications/", ""), Set.of());
		JsonNode appended = call("POST", "rows/",
				"{\"table_name\":\"" + TABLE + "\",\"rows\":[{\"text\":\"activity target\"}]}");
		String rowId = appended.path("row_ids").get(0).path("_id").stringValue();
		assertSameShape("test_activities/test_listRowActivities.json", call("GET", "activities/?row_id=" + rowId, ""),
				Set.of());
		assertSameShape("test_activities/test_getBaseActivityLog.json", call("GET", "operations/", ""), Set.of());
	}

	// ---- setup
	// -----------------------------------------------------------------------------------

	/**
	 * Creates the table of the recorded rows (supported column types only) and inserts
	 * those rows.
	 */
	private List<String> createRecordedTable() {
		Map<String, JsonNode> recordedColumns = new HashMap<>();
		for (JsonNode column : read("test_columns/test_listColumns.json").path("columns")) {
			recordedColumns.put(column.path("name").stringValue(), column);
		}
		List<EmulatedColumn> definitions = new ArrayList<>();
		for (Map.Entry<String, JsonNode> cell : recordedRows().get(0).properties()) {
			JsonNode column = recordedColumns.get(cell.getKey());
			if (column != null && SUPPORTED_TYPES.contains(column.path("type").stringValue())) {
				definitions.add(column(column));
				this.columns.add(cell.getKey());
			}
		}
		assertThat(this.columns).as("recorded columns of supported types")
			.hasSizeGreaterThan(10)
			.contains("text", "number", "checkbox", "date-iso", "multiple-select");
		this.base.createTable(TABLE, definitions);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (JsonNode recordedRow : recordedRows()) {
			Map<String, Object> row = new HashMap<>();
			for (String name : this.columns) {
				row.put(name, sample(recordedRow.path(name)));
			}
			rows.add(row);
		}
		return this.base.insertRows(TABLE, rows);
	}

	private List<JsonNode> recordedRows() {
		List<JsonNode> rows = new ArrayList<>();
		read("test_base_operations/test_listRows[listRows].json").path("rows").forEach(rows::add);
		return rows;
	}

	@SuppressWarnings("unchecked")
	private static EmulatedColumn column(JsonNode column) {
		JsonNode data = column.path("data");
		return new EmulatedColumn(column.path("name").stringValue(), column.path("type").stringValue(),
				data.isObject() ? EmulatorClient.JSON.convertValue(data, Map.class) : null);
	}

	/**
	 * A value to insert for a recorded cell: the value itself, or one of the masked type.
	 */
	private static @Nullable Object sample(JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (value.isString() && MASKS.contains(value.stringValue())) {
			return switch (value.stringValue()) {
				case "int" -> 1;
				case "bool" -> true;
				case "list" -> List.of();
				case "dict" -> Map.of();
				default -> "text";
			};
		}
		return EmulatorClient.JSON.convertValue(value, Object.class);
	}

	private JsonNode call(String method, String pathAndQuery, String body) {
		return this.client.baseOk(method, this.base, this.token, pathAndQuery, body);
	}

	private static JsonNode read(String relative) {
		Path file = recorded.resolve(relative);
		assumeTrue(Files.isRegularFile(file), "no recording " + relative);
		return EmulatorClient.JSON.readTree(file.toFile());
	}

	// ---- comparison
	// ------------------------------------------------------------------------------

	/**
	 * Asserts the emulator's answer has the recorded answer's shape.
	 * @param rowKeys keys (or {@code ""} for the root) whose value is a row or an array
	 * of rows
	 */
	private void assertSameShape(String recording, JsonNode actual, Set<String> rowKeys) {
		List<String> differences = new ArrayList<>();
		compare("", read(recording), actual, rowKeys, differences);
		assertThat(differences).as("differences from %s", recording).isEmpty();
	}

	private void compare(String path, JsonNode expected, JsonNode actual, Set<String> rowKeys,
			List<String> differences) {
		String type = type(expected);
		if (type.equals("any")) {
			return;
		}
		if (!matches(type, expected, actual)) {
			differences.add(where(path) + ": expected " + type + " but was " + describe(actual));
			return;
		}
		if (expected.isObject() && actual.isObject() && !expected.isEmpty() && !actual.isEmpty()) {
			boolean row = rowKeys.contains(lastKey(path));
			Set<String> expectedKeys = new TreeSet<>();
			expected.properties().forEach((entry) -> {
				if (!row || SYSTEM_KEYS.contains(entry.getKey()) || this.columns.contains(entry.getKey())) {
					expectedKeys.add(entry.getKey());
				}
			});
			Set<String> actualKeys = new TreeSet<>();
			actual.properties().forEach((entry) -> actualKeys.add(entry.getKey()));
			if (!expectedKeys.equals(actualKeys)) {
				Set<String> missing = new TreeSet<>(expectedKeys);
				missing.removeAll(actualKeys);
				Set<String> extra = new TreeSet<>(actualKeys);
				extra.removeAll(expectedKeys);
				differences.add(where(path) + ": keys missing " + missing + ", unexpected " + extra);
			}
			for (String key : expectedKeys) {
				if (actual.has(key)) {
					compare(path.isEmpty() ? key : path + "." + key, expected.get(key), actual.get(key), rowKeys,
							differences);
				}
			}
		}
		else if (expected.isArray() && actual.isArray() && !expected.isEmpty() && !actual.isEmpty()) {
			for (int i = 0; i < actual.size(); i++) {
				JsonNode element = actual.get(i);
				JsonNode counterpart = counterpart(expected, element, i);
				// elements of a row array are rows: keep the array's key as the last path
				// segment
				String elementPath = rowKeys.contains(lastKey(path)) ? path + "[" + i + "]" : path + "/" + i;
				compare(elementPath, counterpart, element, rowKeys, differences);
			}
		}
	}

	/**
	 * The recorded element to compare an emulator element with: same {@code name}, else
	 * same index, else the first.
	 */
	private static JsonNode counterpart(JsonNode expected, JsonNode element, int index) {
		if (element.isObject() && element.path("name").isString()) {
			for (JsonNode candidate : expected) {
				if (candidate.path("name").isString()
						&& candidate.path("name").stringValue().equals(element.path("name").stringValue())) {
					return candidate;
				}
			}
		}
		return (index < expected.size()) ? expected.get(index) : expected.get(0);
	}

	/**
	 * The key a value sits under: {@code rows} for {@code rows} and {@code rows[3]},
	 * {@code ""} for the root.
	 */
	private static String lastKey(String path) {
		String key = path.substring(path.lastIndexOf('.') + 1);
		return key.endsWith("]") ? key.substring(0, key.lastIndexOf('[')) : key;
	}

	private static String type(JsonNode expected) {
		if (expected.isNull()) {
			return "any";
		}
		if (expected.isString()) {
			return switch (expected.stringValue()) {
				case "int" -> "integer";
				case "bool" -> "boolean";
				case "list" -> "array";
				case "dict" -> "object";
				default -> "string";
			};
		}
		if (expected.isIntegralNumber()) {
			return "integer";
		}
		if (expected.isNumber()) {
			return "number";
		}
		if (expected.isBoolean()) {
			return "boolean";
		}
		return expected.isArray() ? "array" : "object";
	}

	private static boolean matches(String type, JsonNode expected, JsonNode actual) {
		return switch (type) {
			case "integer" -> actual.isIntegralNumber();
			case "number" -> actual.isNumber();
			case "boolean" -> actual.isBoolean();
			case "string" -> actual.isString();
			case "array" -> actual.isArray();
			default -> actual.isObject();
		};
	}

	private static String where(String path) {
		return path.isEmpty() ? "(root)" : path;
	}

	private static String describe(JsonNode actual) {
		String text = actual.toString();
		return actual.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " "
				+ ((text.length() > 60) ? text.substring(0, 57) + "..." : text);
	}

}

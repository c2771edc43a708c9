package io.github.seatablespring.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.model.BigDataOperation;
import io.github.seatablespring.model.Collaborator;
import io.github.seatablespring.model.Column;
import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.model.ColumnMatch;
import io.github.seatablespring.model.Comment;
import io.github.seatablespring.model.CustomFileMetadata;
import io.github.seatablespring.model.FileKind;
import io.github.seatablespring.model.Link;
import io.github.seatablespring.model.Notification;
import io.github.seatablespring.model.OperationLogEntry;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.model.RowActivities;
import io.github.seatablespring.model.SelectOption;
import io.github.seatablespring.model.Snapshot;
import io.github.seatablespring.model.Table;
import io.github.seatablespring.model.ToastType;
import io.github.seatablespring.model.UploadLink;
import io.github.seatablespring.model.UploadedAsset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations of SeaTable's API beyond rows and SQL: each answered over HTTP with the
 * spec's shape, and the starter's call against it succeeds with what the emulator stored.
 */
@SpringBootTest(classes = EmulatorOperationsTests.App.class)
@EmbeddedSeaTable(baseName = "Operations")
class EmulatorOperationsTests {

	@Autowired
	private SeaTableTemplate seaTable;

	@Autowired
	private SeaTableEmulator emulator;

	@Autowired
	private EmulatedBase base;

	private EmulatorClient client;

	private String token;

	private List<String> rowIds;

	@BeforeEach
	void base() {
		this.emulator.reset();
		this.base.createTable("Tasks", List.of(EmulatedColumn.of("Title", "text"),
				EmulatedColumn.of("Done", "checkbox"), EmulatedColumn.of("Status", "single-select")));
		this.rowIds = this.base.insertRows("Tasks", List.of(Map.of("Title", "a"), Map.of("Title", "b")));
		this.client = new EmulatorClient(this.emulator);
		this.token = this.client.baseToken(this.base.apiToken());
	}

	private JsonNode ok(String method, String path, String body) {
		return this.client.baseOk(method, this.base, this.token, path, body);
	}

	@Test
	void tablesRenameDeleteAndDuplicate() {
		JsonNode renamed = ok("PUT", "tables/", "{\"table_name\":\"Tasks\",\"new_table_name\":\"Todo\"}");
		assertThat(renamed.path("success").booleanValue()).isTrue();
		assertThat(this.base.tableNames()).containsExactly("Todo");
		JsonNode copy = ok("POST", "tables/duplicate-table/",
				"{\"table_name\":\"Todo\",\"is_duplicate_records\":true}");
		assertThat(copy.path("name").stringValue()).isEqualTo("Todo (copy)");
		assertThat(copy.path("columns")).hasSize(3);
		assertThat(copy.has("id_row_map")).isTrue();
		assertThat(this.base.rows("Todo (copy)")).extracting((row) -> row.get("Title")).containsExactly("a", "b");
		assertThat(ok("DELETE", "tables/", "{\"table_name\":\"Todo (copy)\"}").path("success").booleanValue()).isTrue();

		Table created = this.seaTable.tables()
			.create("Notes", List.of(ColumnDefinition.text("Text"), ColumnDefinition.number("Stars")));
		assertThat(created.columns()).extracting(Column::name).containsExactly("Text", "Stars");
		assertThat(this.base.tableNames()).containsExactly("Todo", "Notes");
		Column inserted = this.seaTable.columns().insert("Notes", ColumnDefinition.date("Seen"), "Text");
		assertThat(inserted.type()).isEqualTo("date");
		assertThat(this.seaTable.columns().list("Notes")).extracting(Column::name)
			.containsExactly("Text", "Seen", "Stars");
		this.seaTable.tables().delete("Notes");
		this.seaTable.tables().rename("Todo", "Tasks");
		Table duplicate = this.seaTable.tables().duplicate("Tasks", false);
		assertThat(duplicate.name()).isEqualTo("Tasks (copy)");
		assertThat(this.base.rows("Tasks (copy)")).isEmpty();
		this.seaTable.tables().delete("Tasks (copy)");
		assertThat(this.base.tableNames()).containsExactly("Tasks");
	}

	@Test
	void columnsUpdatedByEveryOpTypeDeletedAndAppended() {
		String key = this.base.store().table("Tasks").column("Done").key();
		JsonNode renamed = ok("PUT", "columns/",
				"{\"op_type\":\"rename_column\",\"table_name\":\"Tasks\",\"column\":\"Done\",\"new_column_name\":\"Finished\"}");
		assertThat(renamed.path("name").stringValue()).isEqualTo("Finished");
		assertThat(renamed.path("key").stringValue()).isEqualTo(key);
		JsonNode resized = ok("PUT", "columns/", "{\"op_type\":\"resize_column\",\"table_name\":\"Tasks\",\"column\":\""
				+ key + "\",\"new_column_width\":320}");
		assertThat(resized.path("width").intValue()).isEqualTo(320);
		JsonNode appended = ok("POST", "batch-append-columns/", "{\"table_name\":\"Tasks\",\"columns\":["
				+ "{\"column_name\":\"Due\",\"column_type\":\"date\"},{\"column_name\":\"Notes\",\"column_type\":\"long-text\"}]}");
		assertThat(appended.path("columns")).extracting((column) -> column.path("name").stringValue())
			.containsExactly("Due", "Notes");
		assertThat(ok("DELETE", "columns/", "{\"table_name\":\"Tasks\",\"column\":\"Notes\"}").path("success")
			.booleanValue()).isTrue();
		JsonNode inserted = ok("POST", "columns/",
				"{\"table_name\":\"Tasks\",\"column_name\":\"Owner\",\"column_type\":\"text\",\"anchor_column\":\"Title\"}");
		assertThat(inserted.path("name").stringValue()).isEqualTo("Owner");
		assertThat(ok("GET", "columns/?table_name=Tasks", "").path("columns"))
			.extracting((column) -> column.path("name").stringValue())
			.containsExactly("Title", "Owner", "Finished", "Status", "Due");

		Column frozen = this.seaTable.columns().freeze("Tasks", "Title", true);
		assertThat(frozen.name()).isEqualTo("Title");
		this.seaTable.columns().move("Tasks", "Due", "Title");
		this.seaTable.columns().resize("Tasks", "Owner", 150);
		this.seaTable.columns().rename("Tasks", "Owner", "Assignee");
		Column retyped = this.seaTable.columns().changeType("Tasks", "Assignee", "number");
		assertThat(retyped.type()).isEqualTo("number");
		this.seaTable.columns().delete("Tasks", "Assignee");
		List<Column> appendedByTemplate = this.seaTable.columns()
			.append("Tasks", List.of(ColumnDefinition.number("Points"), ColumnDefinition.email("Mail")));
		assertThat(appendedByTemplate).extracting(Column::name).containsExactly("Points", "Mail");
		assertThat(this.seaTable.columns().list("Tasks")).extracting(Column::name)
			.containsExactly("Title", "Due", "Finished", "Status", "Points", "Mail");
	}

	@Test
	void retypingAColumnConvertsItsCells() {
		this.base.insertRows("Tasks", List.of(Map.of("Title", "42")));
		this.seaTable.columns().changeType("Tasks", "Title", "number");
		assertThat(this.base.rows("Tasks")).extracting((row) -> row.get("Title")).containsExactly(null, null, 42L);
	}

	@Test
	void cascadeSettingsAreStoredInTheChildColumn() {
		this.base.addColumn("Tasks", EmulatedColumn.of("Area", "single-select"));
		this.seaTable.columns().addSelectOptions("Tasks", "Area", List.of(SelectOption.named("Home")));
		this.seaTable.columns().addSelectOptions("Tasks", "Status", List.of(SelectOption.named("open")));
		JsonNode answer = ok("POST", "column-cascade-settings/", "{\"table_name\":\"Tasks\",\"parent_column\":\"Area\","
				+ "\"child_column\":\"Status\",\"cascade_settings\":{\"Home\":[\"open\"]}}");
		assertThat(answer.path("success").booleanValue()).isTrue();
		this.seaTable.columns().updateCascade("Tasks", "Area", "Status", Map.of("Home", List.of("open")));
		assertThat(this.base.store().table("Tasks").column("Status").data()).containsEntry("cascade_settings",
				Map.of("Home", List.of("open")));
	}

	@Test
	void rowLocksSetLockedAndLockedBy() {
		ok("PUT", "lock-rows/", "{\"table_name\":\"Tasks\",\"row_ids\":[\"" + this.rowIds.get(0) + "\"]}");
		assertThat(this.base.rows("Tasks").get(0)).containsEntry("_locked", true)
			.containsEntry("_locked_by", "emulator@auth.local");
		this.seaTable.rowLocks().unlockRows("Tasks", List.of(this.rowIds.get(0)));
		assertThat(this.base.rows("Tasks").get(0).get("_locked")).isNull();
		this.seaTable.rowLocks().lockRows("Tasks", this.rowIds);
		assertThat(this.base.rows("Tasks")).allSatisfy((row) -> assertThat(row.get("_locked")).isEqualTo(true));
	}

	@Test
	void bigDataArchivesViewsUnarchivesRowsAndListsOperations() {
		JsonNode archived = ok("POST", "archive-view/", "{\"table_name\":\"Tasks\",\"view_name\":\"Default View\"}");
		assertThat(archived.path("success").booleanValue()).isTrue();
		assertThat(archived.path("error_message").stringValue()).isEmpty();
		assertThat(this.seaTable.listRows(io.github.seatablespring.core.RowQuery.table("Tasks"))).isEmpty();
		// SQL reads both storages
		assertThat(this.seaTable.query("SELECT Title FROM Tasks").rows()).hasSize(2);

		String tableId = this.base.store().table("Tasks").id();
		JsonNode unarchived = ok("POST", "unarchive/",
				"{\"table_id\":\"" + tableId + "\",\"row_ids\":[\"" + this.rowIds.get(0) + "\"]}");
		assertThat(unarchived.path("task_id").stringValue()).isNotEmpty();
		assertThat(this.seaTable.listRows(io.github.seatablespring.core.RowQuery.table("Tasks")))
			.extracting((row) -> row.getString("Title"))
			.containsExactly("a");
		assertThat(this.seaTable.bigData().moveRowsToNormalBackend(tableId, List.of(this.rowIds.get(1)))).isNotEmpty();
		assertThat(this.seaTable.listRows(io.github.seatablespring.core.RowQuery.table("Tasks"))).hasSize(2);

		JsonNode added = ok("POST", "add-archived-rows/", "{\"table_name\":\"Tasks\",\"rows\":[{\"Title\":\"old\"}]}");
		assertThat(added.path("inserted_row_count").intValue()).isEqualTo(1);
		assertThat(this.seaTable.bigData().appendRows("Tasks", List.of(Map.of("Title", "older"))).rowsAffected())
			.isEqualTo(1);
		assertThat(this.base.rows("Tasks")).filteredOn((row) -> Boolean.TRUE.equals(row.get("_archived"))).hasSize(2);
		this.seaTable.bigData().moveViewToBigData("Tasks", "Default View");

		JsonNode operations = ok("GET", "db-operations/?page=1&per_page=10", "");
		assertThat(operations.path("operations").get(0).path("op_type").stringValue()).isEqualTo("archive_rows");
		assertThat(operations.path("operations").get(0).path("operation").stringValue()).startsWith("{");
		List<BigDataOperation> listed = this.seaTable.bigData().getOperations(1, 10);
		assertThat(listed).isNotEmpty();
		this.seaTable.bigData().restoreOperation(listed.get(0).id());
	}

	@Test
	void commentsAreListedCountedAndDeleted() {
		long first = this.base.addComment(this.rowIds.get(0), "ann@auth.local", "First");
		this.base.addComment(this.rowIds.get(0), "bob@auth.local", "Second");
		this.base.addComment(this.rowIds.get(1), "bob@auth.local", "Other");
		JsonNode list = ok("GET", "comments/?row_id=" + this.rowIds.get(0), "");
		assertThat(list).extracting((comment) -> comment.path("comment").stringValue())
			.containsExactly("First", "Second");
		assertThat(list.get(0).path("resolved").intValue()).isZero();
		assertThat(list.get(0).path("dtable_uuid").stringValue()).isEqualTo(this.base.uuid());
		assertThat(ok("GET", "comments/" + first + "/", "").path("author").stringValue()).isEqualTo("ann@auth.local");
		assertThat(ok("GET", "comments-count/?row_id=" + this.rowIds.get(0), "").path("count").intValue()).isEqualTo(2);
		assertThat(ok("GET", "comments-within-days/?days=1", "").path("comments")).hasSize(3);
		JsonNode counts = EmulatorClient.json(this.client.send("GET",
				"/api/v2.1/dtables/" + this.base.uuid() + "/rows-comments-num/", "Bearer " + this.token, ""));
		assertThat(counts.path("rows_comments_num").path(this.rowIds.get(0)).intValue()).isEqualTo(2);

		assertThat(this.seaTable.comments().list(this.rowIds.get(0))).extracting(Comment::comment)
			.containsExactly("First", "Second");
		assertThat(this.seaTable.comments().get(first).author()).isEqualTo("ann@auth.local");
		assertThat(this.seaTable.comments().count(this.rowIds.get(0))).isEqualTo(2);
		assertThat(this.seaTable.comments().listWithinDays(7)).hasSize(3);
		assertThat(this.seaTable.comments().countByRow()).containsEntry(this.rowIds.get(1), 1L);
		this.seaTable.comments().delete(first);
		assertThat(this.seaTable.comments().count(this.rowIds.get(0))).isEqualTo(1);
	}

	@Test
	void notificationsAreMarkedSeenAndDeletedAndToastsRecorded() {
		long id = this.base.addNotification("ann@auth.local", "selected_collaborator",
				Map.of("author", "bob@auth.local", "row_id", this.rowIds.get(0), "table_id", "0000"));
		JsonNode list = ok("GET", "notifications/", "");
		assertThat(list.path("notification_list").get(0).path("seen").intValue()).isZero();
		assertThat(list.path("notification_list").get(0).path("msg_type").stringValue())
			.isEqualTo("selected_collaborator");
		// SeaTable reads "seen" as a form field and refuses a JSON boolean (API_ISSUES
		// #29)
		assertThat(this.client.base("PUT", this.base, this.token, "notifications/", "{\"seen\":true}").statusCode())
			.isEqualTo(400);

		this.seaTable.notifications().markSeen(id, true);
		assertThat(this.seaTable.notifications().list()).singleElement().satisfies((n) -> {
			assertThat(n.id()).isEqualTo(id);
			assertThat(n.seen()).isTrue();
		});
		this.seaTable.notifications().markAllSeen(false);
		assertThat(this.seaTable.notifications().list()).extracting(Notification::seen).containsExactly(false);
		this.seaTable.notifications().deleteAll();
		assertThat(ok("GET", "notifications/", "").path("notification_list")).isEmpty();

		this.seaTable.notifications().sendToast("ann@auth.local", ToastType.SUCCESS, "hello");
		assertThat(this.base.toasts()).singleElement()
			.satisfies((toast) -> assertThat(toast).containsEntry("to_user", "ann@auth.local")
				.containsEntry("detail", Map.of("msg", "hello")));
	}

	@Test
	void writesAreRecordedAsActivitiesAndOperations() {
		Row row = this.seaTable.appendRow("Tasks", Map.of("Title", "new"));
		this.seaTable.updateRow("Tasks", row.id(), Map.of("Title", "renamed"));
		JsonNode activities = ok("GET", "activities/?row_id=" + row.id(), "");
		assertThat(activities.path("total_count").intValue()).isEqualTo(2);
		JsonNode modified = activities.path("activities").get(0);
		assertThat(modified.path("op_type").stringValue()).isEqualTo("modify_row");
		assertThat(modified.path("detail").path("table_name").stringValue()).isEqualTo("Tasks");
		assertThat(modified.path("detail").path("row_data").get(0).path("old_value").stringValue()).isEqualTo("new");
		assertThat(modified.path("detail").path("row_data").get(0).path("value").stringValue()).isEqualTo("renamed");

		RowActivities viaTemplate = this.seaTable.activities().rowActivities(row.id());
		assertThat(viaTemplate.totalCount()).isEqualTo(2);
		assertThat(viaTemplate.activities()).extracting((activity) -> activity.type())
			.containsExactly("modify_row", "insert_row");
		JsonNode operations = ok("GET", "operations/?page=1", "");
		assertThat(operations.path("operations").get(0).path("op_time").isNumber()).isTrue();
		List<OperationLogEntry> log = this.seaTable.activities().operationLog();
		assertThat(log).extracting(OperationLogEntry::type).startsWith("modify_row", "insert_row");
	}

	@Test
	void snapshotsAndCollaborators() {
		JsonNode snapshot = ok("POST", "snapshot/", "{\"dtable_name\":\"Operations\"}");
		assertThat(snapshot.path("status").stringValue()).isEqualTo("created");
		assertThat(snapshot.path("snapshot").path("dtable_name").stringValue()).isEqualTo("Operations.dtable");
		Snapshot created = this.seaTable.snapshots().create();
		assertThat(created.baseUuid()).isEqualTo(this.base.uuid());
		assertThat(created.commitId()).hasSize(40);

		JsonNode users = ok("GET", "related-users/", "");
		assertThat(users.path("user_list").get(0).path("email").stringValue()).isEqualTo("emulator@auth.local");
		assertThat(this.seaTable.getCollaborators()).extracting(Collaborator::email)
			.containsExactly("emulator@auth.local");
	}

	@Test
	void autoLinksLinkMatchingRowsAndTheirTaskSucceeds() {
		this.base.createTable("People", List.of(EmulatedColumn.of("Name", "text")));
		this.base.insertRows("People", List.of(Map.of("Name", "a"), Map.of("Name", "z")));
		this.base.createLinkColumn("Tasks", "Owner", "People");
		Link link = this.base.link("Tasks", "Owner");
		String titleKey = this.base.store().table("Tasks").column("Title").key();
		String nameKey = this.base.store().table("People").column("Name").key();
		String task = this.seaTable.links().autoLink(link.linkId(), List.of(new ColumnMatch(titleKey, nameKey)));
		assertThat(this.seaTable.links().autoLinkTaskStatus(task)).isEqualTo("success");
		assertThat(this.seaTable.links()
			.listLinkedRows("Tasks", "Owner", List.of(this.rowIds.get(0)), 0, 10)
			.get(this.rowIds.get(0))).extracting((value) -> value.displayValue()).containsExactly("a");
	}

	@Test
	void filesAreUploadedDownloadedListedAndDeleted() throws Exception {
		JsonNode link = EmulatorClient
			.json(this.client.send("GET", "/api/v2.1/dtable/app-upload-link/", "Token " + this.base.apiToken(), ""));
		assertThat(link.path("parent_path").stringValue()).isEqualTo("/asset/" + this.base.uuid());
		assertThat(link.path("file_relative_path").stringValue()).matches("files/\\d{4}-\\d{2}");
		assertThat(link.path("upload_link").stringValue())
			.startsWith(this.emulator.serverUrl() + "/seafhttp/upload-api/");

		UploadLink uploadLink = this.seaTable.files().getUploadLink();
		assertThat(uploadLink.workspaceId()).isEqualTo("1");
		UploadedAsset asset = this.seaTable.files()
			.upload("report.txt", new ByteArrayResource("hello".getBytes(StandardCharsets.UTF_8)), FileKind.FILE);
		assertThat(asset.size()).isEqualTo(5);
		String path = "/" + uploadLink.fileRelativePath() + "/report.txt";
		assertThat(this.base.file(path)).asString(StandardCharsets.UTF_8).isEqualTo("hello");
		// the cell's URL answers the file too
		assertThat(get(URI.create(asset.url())).body()).isEqualTo("hello");
		URI download = this.seaTable.files().getDownloadLink(path);
		HttpResponse<String> downloaded = get(download);
		assertThat(downloaded.statusCode()).isEqualTo(200);
		assertThat(downloaded.body()).isEqualTo("hello");
		// a second upload of the same name is stored beside it
		assertThat(this.seaTable.files()
			.upload("report.txt", new ByteArrayResource(new byte[] { 1 }), FileKind.FILE)
			.name()).isEqualTo("report(1).txt");
		this.seaTable.files().deleteAsset(path);
		assertThat(this.base.file(path)).isNull();
		HttpResponse<String> missing = this.client.send("GET", "/api/v2.1/dtable/app-download-link/?path=" + path,
				"Token " + this.base.apiToken(), "");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("not found");

		UploadedAsset custom = this.seaTable.files()
			.uploadToCustomFolder("/Invoices", "b347.pdf", new ByteArrayResource(new byte[] { 1, 2, 3 }));
		assertThat(custom.url()).startsWith("custom-asset://").endsWith(".pdf");
		assertThat(this.seaTable.files().listCustomFolder("/").directories()).containsExactly("Invoices");
		assertThat(this.seaTable.files().listCustomFolder("/Invoices").files()).containsExactly("b347.pdf");
		CustomFileMetadata metadata = this.seaTable.files().getCustomFileMetadata("/Invoices", "b347.pdf");
		assertThat(metadata.size()).isEqualTo(3);
		assertThat(metadata.lastUpdate()).isNotNull();
		assertThat(get(this.seaTable.files().getCustomDownloadLink("/Invoices/b347.pdf")).statusCode()).isEqualTo(200);
		this.seaTable.files().deleteCustomAsset("/Invoices/b347.pdf");
		assertThat(this.seaTable.files().listCustomFolder("/Invoices").files()).isEmpty();
	}

	@Test
	void pingEndpointsAnswerInTheirOwnFormats() {
		assertThat(this.client.send("GET", "/api2/ping/", "", "").body()).isEqualTo("\"pong\"");
		assertThat(this.client.send("GET", "/api2/auth/ping/", "", "").body()).isEqualTo("\"pong\"");
		HttpResponse<String> dtableServer = this.client.send("GET", "/dtable-server/ping/", "", "");
		assertThat(dtableServer.body()).isEqualTo("pong");
		assertThat(dtableServer.headers().firstValue("content-type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(this.client.send("GET", "/dtable-db/ping/", "", "").body()).isEqualTo("{\"ret\":\"pong\"}");
		assertThat(this.client.send("GET", "/api-gateway/api/v2/ping/", "", "").body()).isEqualTo("{\"ret\":\"pong\"}");
	}

	private static HttpResponse<String> get(URI uri) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}

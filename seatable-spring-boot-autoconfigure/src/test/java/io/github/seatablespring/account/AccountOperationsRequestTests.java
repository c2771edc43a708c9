package io.github.seatablespring.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.seatablespring.account.model.Permission;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every account operation of the spec and the account's authentication operations, each
 * sent once through the blocking template: the request SeaTable receives (method, path,
 * query, body, {@code Authorization: Token}) is asserted, and its answer parses.
 */
@WireMockTest
class AccountOperationsRequestTests {

	/** An answer with the fields the operations that must find something look for. */
	private static final String ANSWER = """
			{"access_token":"eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln","dtable_uuid":"uuid-1",
			 "api_token":"0f5b8e2a7c9d41e3b6a8f0c2d4e6a8b0c2d4e6f8","success":true}""";

	private WireMock wireMock;

	private SeaTableAccountTemplate account;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.wireMock = wm.getWireMock();
		TestAccounts.stubLogin(this.wireMock);
		this.wireMock.register(any(anyUrl()).atPriority(10).willReturn(okJson(ANSWER)));
		this.account = TestAccounts.template(wm.getHttpBaseUrl());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void sendsTheDocumentedRequest(Case operation) {
		Object result = operation.call().apply(this.account);
		if (result instanceof InputStream stream) {
			assertThat(readAll(stream)).isEqualTo(ANSWER);
		}

		RequestPatternBuilder expected = RequestPatternBuilder
			.newRequestPattern(RequestMethod.fromString(operation.method()), urlEqualTo(operation.url()))
			.withHeader("Authorization", equalTo("Token " + TestAccounts.ACCOUNT_TOKEN));
		if (operation.body() != null) {
			operation.body().accept(expected);
		}
		this.wireMock.verifyThat(1, expected);
	}

	static Stream<Case> operations() {
		return Stream.of(
				operation("getAccountInfo", (account) -> account.user().info(), "GET", "/api2/account/info/", null),
				operation("updateEmailAddress", (account) -> account.user().updateContactEmail("ada@example.com"),
						"PUT", "/api/v2.1/user/contact-email/", form("new_contact_email=ada%40example.com")),
				operation("addUserAvatar", (account) -> account.user().uploadAvatar(file("avatar"), 64), "POST",
						"/api/v2.1/user-avatar/", parts("avatar", "avatar_size")),
				operation("getPublicUserInfo", (account) -> account.user().publicInfo("a@auth.local"), "GET",
						"/api/v2.1/user-common-info/a%40auth.local/", null),
				operation("listPublicUserInfos", (account) -> account.user().publicInfos(List.of("a@auth.local")),
						"POST", "/api/v2.1/user-list/", json("{\"user_id_list\":[\"a@auth.local\"]}")),
				operation("searchUser", (account) -> account.user().search("ada"), "GET", "/api2/search-user/?q=ada",
						null),
				operation("listBases", (account) -> account.bases().list(), "GET", "/api/v2.1/user-admin-dtables/",
						null),
				operation("searchBaseOrApps", (account) -> account.bases().search("crm", "dtable"), "GET",
						"/api/v2.1/dtable/items-search/?query_str=crm&query_type=dtable", null),
				operation("createBase", (account) -> account.bases().create(7, "My Base", "icon-x", "#E91E63"), "POST",
						"/api/v2.1/dtables/", form("name=My+Base&workspace_id=7&icon=icon-x&color=%23E91E63")),
				operation("updateBase", (account) -> account.bases().rename(7, "My Base", "New"), "PUT",
						"/api/v2.1/workspace/7/dtable/", form("name=My+Base&new_name=New")),
				operation("deleteBase", (account) -> {
					account.bases().delete(7, "My Base");
					return null;
				}, "DELETE", "/api/v2.1/workspace/7/dtable/", form("name=My+Base")),
				operation("getBaseSize", (account) -> account.bases().size("uuid-1"), "GET",
						"/api/v2.1/dtable/uuid-1/size/", null),
				operation("listFavorites", (account) -> account.bases().listFavorites(), "GET",
						"/api/v2.1/starred-dtables/", null),
				operation("favoriteBase", (account) -> {
					account.bases().favorite("uuid-1");
					return null;
				}, "POST", "/api/v2.1/starred-dtables/", form("dtable_uuid=uuid-1")),
				operation("unfavoriteBase", (account) -> {
					account.bases().unfavorite("uuid-1");
					return null;
				}, "DELETE", "/api/v2.1/starred-dtables/?dtable_uuid=uuid-1", null),
				operation("createFolder", (account) -> account.bases().createFolder(7, "Clients"), "POST",
						"/api/v2.1/workspace/7/folders/", form("name=Clients")),
				operation("updateFolder", (account) -> account.bases().renameFolder(7, 12, "Customers"), "PUT",
						"/api/v2.1/workspace/7/folders/12/", form("name=Customers")),
				operation("deleteFolder", (account) -> {
					account.bases().deleteFolder(7, 12);
					return null;
				}, "DELETE", "/api/v2.1/workspace/7/folders/12/", null), operation("moveBaseIntoFolder", (account) -> {
					account.bases().moveToFolder(7, "uuid-1", "/", "12");
					return null;
				}, "POST", "/api/v2.1/workspace/7/folder-item-moving/",
						form("item_type=dtable&item_id=uuid-1&from=%2F&to=12")),
				operation("basePassword", (account) -> account.bases().password(7, "My Base", Map.of("password", "pw")),
						"PUT", "/api/v2.1/workspace/7/dtable/My%20Base/password/", json("{\"password\":\"pw\"}")),
				operation("listTrashedBases", (account) -> account.bases().listTrash(2, 25), "GET",
						"/api/v2.1/trash-dtables/?page=2&per_page=25", null),
				operation("clearTrash", (account) -> {
					account.bases().clearTrash();
					return null;
				}, "DELETE", "/api/v2.1/trash-dtables/", null), operation("restoreTrashedBase", (account) -> {
					account.bases().restoreFromTrash(498);
					return null;
				}, "PUT", "/api/v2.1/trash-dtables/498/", null),
				operation("listGroupTrashedBases", (account) -> account.bases().listGroupTrash(3), "GET",
						"/api/v2.1/groups/3/trash-dtables/", null),
				operation("restoreGroupTrashedBase", (account) -> {
					account.bases().restoreFromGroupTrash(3, "uuid-1");
					return null;
				}, "PUT", "/api/v2.1/groups/3/trash-dtables/uuid-1/", null),
				operation("copyBaseFromWorkspace", (account) -> account.bases().copy(7, "My Base", 9, false), "POST",
						"/api/v2.1/dtable-copy/",
						form("src_workspace_id=7&name=My+Base&dst_workspace_id=9&is_copy_dataset_syncs=false")),
				operation("copyBaseFromExternalLink",
						(account) -> account.bases()
							.copyFromExternalLink("https://cloud.seatable.io/dtable/external-links/abc/", 9),
						"POST", "/api/v2.1/dtable-external-link/dtable-copy/",
						form("link=https%3A%2F%2Fcloud.seatable.io%2Fdtable%2Fexternal-links%2Fabc%2F&dst_workspace_id=9")),
				operation("listWorkspaces", (account) -> account.workspaces().listWithBases(), "GET",
						"/api/v2.1/workspaces/?detail=true", null),
				operation("listGroups", (account) -> account.groups().list(), "GET", "/api/v2.1/groups/", null),
				operation("createGroup", (account) -> account.groups().create("Sales"), "POST", "/api/v2.1/groups/",
						json("{\"name\":\"Sales\"}")),
				operation("getGroup", (account) -> account.groups().get(3), "GET", "/api/v2.1/groups/3/", null),
				operation("updateGroup", (account) -> account.groups().update(3, "Sales EU", null), "PUT",
						"/api/v2.1/groups/3/", json("{\"name\":\"Sales EU\"}")),
				operation("deleteGroup", (account) -> {
					account.groups().delete(3);
					return null;
				}, "DELETE", "/api/v2.1/groups/3/", null),
				operation("searchGroup", (account) -> account.groups().search("sal"), "GET",
						"/api/v2.1/search-group/?q=sal", null),
				operation("getGroupMembers", (account) -> account.groups().members(3), "GET",
						"/api/v2.1/groups/3/members/", null),
				operation("addGroupMember", (account) -> account.groups().addMember(3, "a@auth.local"), "POST",
						"/api/v2.1/groups/3/members/", json("{\"email\":\"a@auth.local\"}")),
				operation("updateGroupRole", (account) -> {
					account.groups().setAdmin(3, "a@auth.local", true);
					return null;
				}, "PUT", "/api/v2.1/groups/3/members/a%40auth.local/", json("{\"is_admin\":true}")),
				operation("removeGroupMember", (account) -> {
					account.groups().removeMember(3, "a@auth.local");
					return null;
				}, "DELETE", "/api/v2.1/groups/3/members/a%40auth.local/", null),
				operation("searchGroupMembers", (account) -> account.groups().searchMembers(3, "ada"), "GET",
						"/api/v2.1/groups/3/search-member/?q=ada", null),
				operation("listApiTokens", (account) -> account.apiTokens().list(7, "My Base"), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/api-tokens/", null),
				operation("createApiToken",
						(account) -> account.apiTokens().create(7, "My Base", "importer", Permission.READ_ONLY), "POST",
						"/api/v2.1/workspace/7/dtable/My%20Base/api-tokens/", form("app_name=importer&permission=r")),
				operation("updateApiToken",
						(account) -> account.apiTokens().update(7, "My Base", "my app", Permission.READ_WRITE), "PUT",
						"/api/v2.1/workspace/7/dtable/My%20Base/api-tokens/my%20app/", form("permission=rw")),
				operation("deleteApiToken", (account) -> {
					account.apiTokens().delete(7, "My Base", "importer");
					return null;
				}, "DELETE", "/api/v2.1/workspace/7/dtable/My%20Base/api-tokens/importer/", null),
				operation("createTempApiToken", (account) -> account.apiTokens().createTemporary(7, "My Base"), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/temp-api-token/", null),
				operation("getBaseTokenWithAccountToken", (account) -> account.baseTokens().forBase(7, "My Base"),
						"GET", "/api/v2.1/workspace/7/dtable/My%20Base/access-token/", null),
				operation("getBaseTokenWithExternLink",
						(account) -> account.baseTokens().forExternalLink("c41cef71f5094827a786"), "GET",
						"/api/v2.1/external-link-tokens/c41cef71f5094827a786/access-token/", null),
				operation("listWebhooks", (account) -> account.webhooks().list(7, "My Base"), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/webhooks/", null),
				operation("createWebhook",
						(account) -> account.webhooks()
							.create(7, "My Base", URI.create("https://example.com/hook"), null),
						"POST", "/api/v2.1/workspace/7/dtable/My%20Base/webhooks/",
						form("url=https%3A%2F%2Fexample.com%2Fhook")),
				operation("updateWebhook",
						(account) -> account.webhooks()
							.update(7, "My Base", 1, URI.create("https://example.com/h2"), "s"),
						"PUT", "/api/v2.1/workspace/7/dtable/My%20Base/webhooks/1/",
						form("url=https%3A%2F%2Fexample.com%2Fh2&secret=s")),
				operation("deleteWebhook", (account) -> {
					account.webhooks().delete(7, "My Base", 1);
					return null;
				}, "DELETE", "/api/v2.1/workspace/7/dtable/My%20Base/webhooks/1/", null),
				operation("listSnapshots", (account) -> account.snapshots().list(7, "My Base", 2, 10), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/snapshots/?page=2&per_page=10", null),
				operation("restoreSnapshot", (account) -> account.snapshots().restore(7, "My Base", "7ee107a4", "Copy"),
						"POST", "/api/v2.1/workspace/7/dtable/My%20Base/snapshots/7ee107a4/restore/",
						form("snapshot_name=Copy")),
				operation("listBigDataBackups", (account) -> account.snapshots().listBigDataBackups(7, "My Base"),
						"GET", "/api/v2.1/workspace/7/dtable/My%20Base/archive-backups/", null),
				operation("getBigDataStatus", (account) -> account.snapshots().bigDataStatus(7, "My Base"), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/big-data-state/", null),
				operation("getBaseAttachmentUploadLink", (account) -> account.attachments().uploadLink(7, "My Base"),
						"GET", "/api/v2.1/workspace/7/dtable-asset-upload-link/?base_name=My%20Base", null),
				operation("listBaseAssets", (account) -> account.attachments().list("baseUuid-1", "parentDir-1"), "GET",
						"/api/v2.1/dtable-asset/baseUuid-1/?parent_dir=parentDir-1", null),
				operation("deleteBaseAsset", (account) -> {
					account.attachments().delete("baseUuid-1", "/images/a b.png");
					return null;
				}, "DELETE", "/api/v2.1/dtable-asset/baseUuid-1/?path=%2Fimages%2Fa%20b.png", null),
				operation("getBaseAssetSize", (account) -> account.attachments().size("baseUuid-1"), "GET",
						"/api/v2.1/dtable-asset/baseUuid-1/asset-size/", null),
				operation("listRecentlyUploadedFiles", (account) -> account.attachments().listRecent("baseUuid-1", 5),
						"GET", "/api/v2.1/dtable-recent-asset/baseUuid-1/?months=5", null),
				operation("renameBaseAsset", (account) -> {
					account.attachments().rename("baseUuid-1", "/images/a b.png", "newName-1");
					return null;
				}, "POST", "/api/v2.1/dtable-asset/baseUuid-1/rename/",
						form("path=%2Fimages%2Fa+b.png&new_name=newName-1")),
				operation("deleteBaseAssets", (account) -> {
					account.attachments()
						.deleteAll("baseUuid-1", "parentPath-1", List.of("a@example.com", "b@example.com"));
					return null;
				}, "DELETE", "/api/v2.1/dtable-asset/baseUuid-1/batch-delete-assets/", json(
						"{\"parent_path\": \"parentPath-1\", \"asset_names\": [\"a@example.com\", \"b@example.com\"]}")),
				operation("checkIfAssetExists",
						(account) -> account.attachments().exists(7, "My Base", "/images/a b.png"), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/asset-exists/?path=%2Fimages%2Fa%20b.png", null),
				operation("importBasefromFile",
						(account) -> account.importExport().importBase(7, file("dtable"), "folder-1"), "POST",
						"/api/v2.1/workspace/7/synchronous-import/import-excel-csv-to-base/",
						parts("dtable", "folder")),
				operation("importTableFromFile",
						(account) -> account.importExport().importTable(7, "baseUuid-1", file("file")), "POST",
						"/api/v2.1/workspace/7/synchronous-import/import-excel-csv-to-table/",
						parts("dtable_uuid", "file")),
				operation("importBasefromDTableFile",
						(account) -> account.importExport().importDtable(7, file("dtable")), "POST",
						"/api/v2.1/workspace/7/import-dtable/", parts("dtable")),
				operation("updateFromFile",
						(account) -> account.importExport()
							.updateTable(7, "baseUuid-1", "tableName-1", file("file"), "selectedColumns-1"),
						"POST", "/api/v2.1/workspace/7/synchronous-import/update-table-via-excel-csv/",
						parts("dtable_uuid", "table_name", "file", "selected_columns")),
				operation("appendToTableFromFile",
						(account) -> account.importExport().appendToTable(7, "baseUuid-1", "tableName-1", file("file")),
						"POST", "/api/v2.1/workspace/7/synchronous-import/append-excel-csv-to-table/",
						parts("dtable_uuid", "table_name", "file")),
				operation("exportBase",
						(account) -> account.importExport().exportBase(7, "My Base", "password-1", true), "GET",
						"/api/v2.1/workspace/7/synchronous-export/export-dtable/?dtable_name=My%20Base&password=password-1&ignore_asset=true",
						null),
				operation("exportTable",
						(account) -> account.importExport().exportTable(7, "My Base", "tableId-1", "tableName-1"),
						"GET",
						"/api/v2.1/workspace/7/synchronous-export/export-table-to-excel/?dtable_name=My%20Base&table_id=tableId-1&table_name=tableName-1",
						null),
				operation("exportView",
						(account) -> account.importExport()
							.exportView(7, "My Base", "tableId-1", "tableName-1", "viewId-1", "viewName-1"),
						"GET",
						"/api/v2.1/workspace/7/synchronous-export/export-view-to-excel/?dtable_name=My%20Base&table_id=tableId-1&table_name=tableName-1&view_id=viewId-1&view_name=viewName-1",
						null),
				operation("exportBaseFromExternalLink",
						(account) -> account.importExport().exportFromExternalLink("externalLinkToken-1"), "GET",
						"/dtable/external-links/externalLinkToken-1/download-zip/", null),
				operation("exportBigDataView",
						(account) -> account.importExport().exportBigDataView(7, "My Base", "tableId-1", "viewId-1"),
						"GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/convert-big-data-view-to-excel/?table_id=tableId-1&view_id=viewId-1",
						null),
				operation("listMyShares", (account) -> account.sharing().listSharedWithMe(), "GET",
						"/api/v2.1/dtables/shared/", null),
				operation("listUserShares", (account) -> account.sharing().listUserShares(7, "My Base"), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/share/", null),
				operation("createUserShare", (account) -> {
					account.sharing().shareWithUser(7, "My Base", "ada@example.com", "rw");
					return null;
				}, "POST", "/api/v2.1/workspace/7/dtable/My%20Base/share/",
						form("email=ada%40example.com&permission=rw")),
				operation("updateUserShare", (account) -> {
					account.sharing().updateUserShare(7, "My Base", "ada@example.com", "rw");
					return null;
				}, "PUT", "/api/v2.1/workspace/7/dtable/My%20Base/share/",
						form("email=ada%40example.com&permission=rw")),
				operation("deleteUserShare", (account) -> {
					account.sharing().unshareWithUser(7, "My Base", "ada@example.com");
					return null;
				}, "DELETE", "/api/v2.1/workspace/7/dtable/My%20Base/share/", form("email=ada%40example.com")),
				operation("listMyGroupShares", (account) -> account.sharing().listGroupSharedWithMe(), "GET",
						"/api/v2.1/dtables/group-shared/", null),
				operation("listGroupShares", (account) -> account.sharing().listGroupShares(7, "My Base"), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/group-shares/", null),
				operation("createGroupShare", (account) -> account.sharing().shareWithGroup(7, "My Base", 11L, "rw"),
						"POST", "/api/v2.1/workspace/7/dtable/My%20Base/group-shares/",
						form("group_id=11&permission=rw")),
				operation("updateGroupShare", (account) -> {
					account.sharing().updateGroupShare(7, "My Base", 11L, "rw");
					return null;
				}, "PUT", "/api/v2.1/workspace/7/dtable/My%20Base/group-shares/11/", form("permission=rw")),
				operation("deleteGroupShare", (account) -> {
					account.sharing().unshareWithGroup(7, "My Base", 11L);
					return null;
				}, "DELETE", "/api/v2.1/workspace/7/dtable/My%20Base/group-shares/11/", null),
				operation("listMyGroupViewShares", (account) -> account.sharing().listGroupViewSharesWithMe(), "GET",
						"/api/v2.1/dtables/view-shares-group-shared/", null),
				operation("listGroupViewShares", (account) -> account.sharing().listGroupViewShares(7, "My Base"),
						"GET", "/api/v2.1/workspace/7/dtable/My%20Base/group-view-shares/", null),
				operation("createGroupViewShare",
						(account) -> account.sharing()
							.shareViewWithGroup(7, "My Base", "tableId-1", "viewId-1", 11L, "rw"),
						"POST", "/api/v2.1/workspace/7/dtable/My%20Base/group-view-shares/",
						form("table_id=tableId-1&view_id=viewId-1&to_group_id=11&permission=rw")),
				operation("deleteGroupAllViewShare", (account) -> {
					account.sharing().unshareViewWithAllGroups(7, "My Base", "tableId-1", "viewId-1");
					return null;
				}, "DELETE",
						"/api/v2.1/workspace/7/dtable/My%20Base/group-view-shares/?table_id=tableId-1&view_id=viewId-1",
						null),
				operation("updateGroupViewShare",
						(account) -> account.sharing().updateGroupViewShare(7, "My Base", 11L, "rw"), "PUT",
						"/api/v2.1/workspace/7/dtable/My%20Base/group-view-shares/11/", form("permission=rw")),
				operation("deleteGroupViewShare", (account) -> {
					account.sharing().unshareViewWithGroup(7, "My Base", 11L);
					return null;
				}, "DELETE", "/api/v2.1/workspace/7/dtable/My%20Base/group-view-shares/11/", null),
				operation("listMyUserViewShares", (account) -> account.sharing().listUserViewSharesWithMe(), "GET",
						"/api/v2.1/dtables/view-shares-user-shared/", null),
				operation("listUserViewShares", (account) -> account.sharing().listUserViewShares(7, "My Base"), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/user-view-shares/", null),
				operation("createUserViewShare",
						(account) -> account.sharing()
							.shareViewWithUser(7, "My Base", "tableId-1", "viewId-1", "ada@example.com", "rw"),
						"POST", "/api/v2.1/workspace/7/dtable/My%20Base/user-view-shares/",
						form("table_id=tableId-1&view_id=viewId-1&to_user=ada%40example.com&permission=rw")),
				operation("deleteUserAllViewShare", (account) -> {
					account.sharing().unshareViewWithAllUsers(7, "My Base", "tableId-1", "viewId-1");
					return null;
				}, "DELETE",
						"/api/v2.1/workspace/7/dtable/My%20Base/user-view-shares/?table_id=tableId-1&view_id=viewId-1",
						null),
				operation("updateUserViewShare",
						(account) -> account.sharing().updateUserViewShare(7, "My Base", 11L, "rw"), "PUT",
						"/api/v2.1/workspace/7/dtable/My%20Base/user-view-shares/11/", form("permission=rw")),
				operation("deleteUserViewShare", (account) -> {
					account.sharing().unshareViewWithUser(7, "My Base", 11L);
					return null;
				}, "DELETE", "/api/v2.1/workspace/7/dtable/My%20Base/user-view-shares/11/", null),
				operation("leaveSharedView", (account) -> {
					account.sharing().leaveSharedView(11L);
					return null;
				}, "DELETE", "/api/v2.1/dtables/view-shares-user-shared/11/", null),
				operation("listCollaboratorsAsUser", (account) -> account.sharing().listCollaborators(7, "My Base"),
						"GET", "/api/v2.1/workspace/7/dtable/My%20Base/related-users/", null),
				operation("listBaseExternalLinks", (account) -> account.sharingLinks().list(7, "My Base"), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/external-links/", null),
				operation("createBaseExternalLink",
						(account) -> account.sharingLinks().create(7, "My Base", "password-1", 5, "token-1"), "POST",
						"/api/v2.1/workspace/7/dtable/My%20Base/external-links/",
						form("password=password-1&expire_days=5&token=token-1")),
				operation("deleteExternalLink", (account) -> {
					account.sharingLinks().delete(7, "My Base", "token-1");
					return null;
				}, "DELETE", "/api/v2.1/workspace/7/dtable/My%20Base/external-links/token-1/", null),
				operation("listViewExternalLinks",
						(account) -> account.sharingLinks().listViewLinks(7, "My Base", "tableId-1", "viewId-1"), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/view-external-links/?table_id=tableId-1&view_id=viewId-1",
						null),
				operation("createViewExternalLink",
						(account) -> account.sharingLinks()
							.createViewLink(7, "My Base", "tableId-1", "viewId-1", "token-1", "password-1", 5),
						"POST", "/api/v2.1/workspace/7/dtable/My%20Base/view-external-links/",
						form("table_id=tableId-1&view_id=viewId-1&token=token-1&password=password-1&expire_days=5")),
				operation("deleteViewExternalLink", (account) -> {
					account.sharingLinks().deleteViewLink(7, "My Base", "token-1");
					return null;
				}, "DELETE", "/api/v2.1/workspace/7/dtable/My%20Base/view-external-links/token-1/", null),
				operation("createInviteLink",
						(account) -> account.sharingLinks().createInviteLink(7, "My Base", "rw", "password-1", 5),
						"POST", "/api/v2.1/dtables/invite-links/",
						form("workspace_id=7&table_name=My+Base&permission=rw&password=password-1&expire_days=5")),
				operation("deleteInviteLink", (account) -> {
					account.sharingLinks().deleteInviteLink("token-1");
					return null;
				}, "DELETE", "/api/v2.1/dtables/invite-links/token-1/", null),
				operation("publishCommonDataset",
						(account) -> account.commonDatasets()
							.publish("datasetName-1", 7, "My Base", "tableName-1", "viewName-1"),
						"POST", "/api/v2.1/dtable/common-datasets/",
						form("dataset_name=datasetName-1&workspace_id=7&dtable_name=My+Base&table_name=tableName-1&view_name=viewName-1")),
				operation("listCommonDataset", (account) -> account.commonDatasets().list("baseUuid-1", true), "GET",
						"/api/v2.1/dtable/common-datasets/?dtable_uuid=baseUuid-1&by_group=true", null),
				operation("importCommonDataset",
						(account) -> account.commonDatasets().importInto(11L, "targetBaseUuid-1"), "POST",
						"/api/v2.1/dtable/common-datasets/11/import/", form("dst_dtable_uuid=targetBaseUuid-1")),
				operation("getCommonDatasetInfo", (account) -> account.commonDatasets().info(11L), "GET",
						"/api/v2.1/dtable/common-datasets/11/info/", null),
				operation("getCommonDataset", (account) -> account.commonDatasets().get(11L), "GET",
						"/api/v2.1/dtable/common-datasets/11/", null),
				operation("renameCommonDataset", (account) -> account.commonDatasets().rename(11L, "name-1"), "PUT",
						"/api/v2.1/dtable/common-datasets/11/", form("dataset_name=name-1")),
				operation("deleteCommonDataset", (account) -> {
					account.commonDatasets().delete(11L);
					return null;
				}, "DELETE", "/api/v2.1/dtable/common-datasets/11/", null),
				operation("updateCommonDatasetSync", (account) -> {
					account.commonDatasets().updateSync(11L, true, "targetBaseUuid-1", "targetTableId-1");
					return null;
				}, "PUT", "/api/v2.1/dtable/common-datasets/11/sync/", json(
						"{\"is_sync_periodically\": true, \"dst_dtable_uuid\": \"targetBaseUuid-1\", \"dst_table_id\": \"targetTableId-1\"}")),
				operation("syncCommonDataset",
						(account) -> account.commonDatasets()
							.sync(11L, "targetBaseUuid-1", "targetTableId-1", "targetViewId-1"),
						"POST", "/api/v2.1/dtable/common-datasets/11/sync/",
						form("dst_dtable_uuid=targetBaseUuid-1&dst_table_id=targetTableId-1&dst_view_id=targetViewId-1")),
				operation("listSyncHistory", (account) -> account.commonDatasets().syncHistory("baseUuid-1"), "GET",
						"/api/v2.1/dtable/common-datasets/syncs/?dtable_uuid=baseUuid-1", null),
				operation("listDepartments", (account) -> account.departments().list(), "GET",
						"/api/v2.1/address-book-v2/departments/", null),
				operation("listUserDepartments", (account) -> account.departments().listOfUser(), "GET",
						"/api/v2.1/address-book-v2/user-departments/", null),
				operation("listSubDepartments", (account) -> account.departments().subDepartments(11L), "GET",
						"/api/v2.1/address-book-v2/departments/11/sub-departments/", null),
				operation("listDepartmentMembers", (account) -> account.departments().members(11L), "GET",
						"/api/v2.1/address-book-v2/departments/11/members/", null),
				operation("addDepartmentMembers",
						(account) -> account.departments().addMembers(11L, List.of("a@example.com", "b@example.com")),
						"POST", "/api/v2.1/address-book-v2/departments/11/members/",
						json("{\"emails\": [\"a@example.com\", \"b@example.com\"]}")),
				operation("updateDepartmentMember", (account) -> account.departments().setAdmin(11L, "userId-1", true),
						"PUT", "/api/v2.1/address-book-v2/departments/11/members/userId-1/",
						json("{\"is_admin\": true}")),
				operation("removeDepartmentMember", (account) -> {
					account.departments().removeMember(11L, "userId-1");
					return null;
				}, "DELETE", "/api/v2.1/address-book-v2/departments/11/members/userId-1/", null),
				operation("listDepartmentMemberBases", (account) -> account.departments().memberBases(11L, "userId-1"),
						"GET", "/api/v2.1/address-book-v2/departments/11/members/userId-1/dtables/", null),
				operation("getDepartmentGroupMembersCount", (account) -> account.departments().groupMembersCount(11L),
						"GET", "/api/v2.1/address-book-v2/departments/groups/11/members-count/", null),
				operation("listForms", (account) -> account.forms().list(7, "My Base"), "GET",
						"/api/v2.1/forms/?workspace_id=7&base_name=My%20Base", null),
				operation("createForm", (account) -> account.forms().create(7, "My Base", "formConfig-1"), "POST",
						"/api/v2.1/forms/", form("workspace_id=7&name=My+Base&form_config=formConfig-1")),
				operation("updateForm", (account) -> account.forms().update("formToken-1", "formConfig-1"), "PUT",
						"/api/v2.1/forms/formToken-1/", form("form_config=formConfig-1")),
				operation("deleteForm", (account) -> {
					account.forms().delete("formToken-1");
					return null;
				}, "DELETE", "/api/v2.1/forms/formToken-1/", null),
				operation("duplicateForm", (account) -> account.forms().duplicate("formToken-1"), "POST",
						"/api/v2.1/forms/formToken-1/duplicate/", null),
				operation("uploadFormLogo", (account) -> {
					account.forms().uploadLogo("formToken-1", file("form_logo"));
					return null;
				}, "POST", "/api/v2.1/forms/formToken-1/logos/", parts("form_logo")),
				operation("listSharedForms", (account) -> account.forms().listShared(), "GET",
						"/api/v2.1/forms/shared/", null),
				operation("listAutomationRules", (account) -> account.automations().list(7, "My Base"), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/automation-rules/", null),
				operation("createAutomationRule",
						(account) -> account.automations().create(7, "My Base", Map.of("k", "v")), "POST",
						"/api/v2.1/workspace/7/dtable/My%20Base/automation-rules/", json("{\"k\": \"v\"}")),
				operation("updateAutomationRule",
						(account) -> account.automations().update(7, "My Base", 11L, Map.of("k", "v")), "PUT",
						"/api/v2.1/workspace/7/dtable/My%20Base/automation-rules/11/", json("{\"k\": \"v\"}")),
				operation("deleteAutomationRule", (account) -> {
					account.automations().delete(7, "My Base", 11L);
					return null;
				}, "DELETE", "/api/v2.1/workspace/7/dtable/My%20Base/automation-rules/11/", null),
				operation("repairBase", (account) -> {
					account.maintenance().repair("baseUuid-1");
					return null;
				}, "PUT", "/api/v2.1/dtable/baseUuid-1/repair/", null),
				operation("listNotificationRules", (account) -> account.notifications().list(7, "My Base"), "GET",
						"/api/v2.1/workspace/7/dtable/My%20Base/notification-rules/", null),
				operation("addNotificationRule",
						(account) -> account.notifications().create(7, "My Base", Map.of("k", "v")), "POST",
						"/api/v2.1/workspace/7/dtable/My%20Base/notification-rules/", json("{\"k\": \"v\"}")),
				operation("updateNotificationRule",
						(account) -> account.notifications().update(7, "My Base", 11L, Map.of("k", "v")), "PUT",
						"/api/v2.1/workspace/7/dtable/My%20Base/notification-rules/11/", json("{\"k\": \"v\"}")),
				operation("deleteNotificationRule", (account) -> {
					account.notifications().delete(7, "My Base", 11L);
					return null;
				}, "DELETE", "/api/v2.1/workspace/7/dtable/My%20Base/notification-rules/11/", null),
				operation("markNotificationAsSeen", (account) -> {
					account.notifications().markAllSeen();
					return null;
				}, "DELETE", "/api/v2.1/notifications/", null),
				operation("listSystemNotifications", (account) -> account.systemNotifications().listUnseen(), "GET",
						"/api/v2.1/sys-user-notifications/unseen/", null),
				operation("markSystemNotificationsAsSeen", (account) -> {
					account.systemNotifications().markSeen(11L);
					return null;
				}, "PUT", "/api/v2.1/sys-user-notifications/11/seen/", null),
				operation("listEmailAccounts", (account) -> account.emailAccounts().list("baseUuid-1"), "GET",
						"/api/v2.1/third-party-accounts/baseUuid-1/", null),
				operation("addEmailAccount",
						(account) -> account.emailAccounts().add("baseUuid-1", "name-1", "type-1", Map.of("k", "v")),
						"POST", "/api/v2.1/third-party-accounts/baseUuid-1/",
						json("{\"account_name\": \"name-1\", \"account_type\": \"type-1\", \"detail\": {\"k\": \"v\"}}")),
				operation("updateEmailAccount",
						(account) -> account.emailAccounts()
							.update("baseUuid-1", 11L, "name-1", "type-1", Map.of("k", "v")),
						"PUT", "/api/v2.1/third-party-accounts/baseUuid-1/11/",
						json("{\"account_name\": \"name-1\", \"account_type\": \"type-1\", \"detail\": {\"k\": \"v\"}}")),
				operation("deleteEmailAccount", (account) -> {
					account.emailAccounts().delete("baseUuid-1", 11L);
					return null;
				}, "DELETE", "/api/v2.1/third-party-accounts/baseUuid-1/11/", null),
				operation("getEmailAccount", (account) -> account.emailAccounts().get("baseUuid-1", "name-1"), "GET",
						"/api/v2.1/third-party-accounts/baseUuid-1/detail/?account_name=name-1", null),
				operation("getEmailSendingStatus", (account) -> account.emailAccounts().sendingStatus("taskId-1"),
						"GET", "/api/v2.1/dtable-message-status/?task_id=taskId-1", null),
				operation("listApps", (account) -> account.apps().list(), "GET", "/api/v2.1/universal-apps/", null),
				operation("importUsersToApp",
						(account) -> account.apps()
							.importUsers("appToken-1", List.of(Map.of("email", "a@example.com"))),
						"POST", "/api/v2.1/universal-apps/appToken-1/app-users/batch/",
						json("{\"users_info\": [{\"email\": \"a@example.com\"}]}")),
				operation("listUniversalAppUsers", (account) -> account.apps().users("appToken-1"), "GET",
						"/api/v2.1/universal-apps/appToken-1/app-users/", null),
				operation("listAppInviteLinks", (account) -> account.apps().inviteLinks("appToken-1"), "GET",
						"/api/v2.1/universal-apps/appToken-1/invite-links/", null),
				operation("changeAppStatus", (account) -> account.apps().setInactive("appToken-1", true), "PUT",
						"/api/v2.1/external-apps/appToken-1/status/", json("{\"is_inactive\": true}")),
				operation("getBaseActivities", (account) -> account.activities().list(5, 5, "timeZone-1"), "GET",
						"/api/v2.1/dtable-activities/?page=5&per_page=5&to_tz=timeZone-1", null),
				operation("getBaseActivityDetails",
						(account) -> account.activities().details("baseUuid-1", "date-1", 5, 5), "GET",
						"/api/v2.1/dtable-activities/detail/?dtable_uuid=baseUuid-1&op_date=date-1&page=5&per_page=5",
						null),
				operation("getBigDataOperationLogs", (account) -> account.activities().bigDataLogs("baseUuid-1", 5, 5),
						"GET", "/api/v2.1/dtables/baseUuid-1/big-data-operation-logs/?page=5&per_page=5", null));
	}

	/**
	 * How many operations the table covers: all 149 of the spec and the 7 of
	 * authentication.yaml but the login.
	 */
	@org.junit.jupiter.api.Test
	void coversEveryOperation() {
		assertThat(operations().map(Case::operationId).distinct()).hasSize(149 + 7);
	}

	private static Case operation(String operationId, Function<SeaTableAccountTemplate, @Nullable Object> call,
			String method, String url, @Nullable Body body) {
		return new Case(operationId, call, method, url, body);
	}

	private static Body form(String encoded) {
		return (request) -> request.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
			.withRequestBody(equalTo(encoded));
	}

	private static Body json(String json) {
		return (request) -> request.withHeader("Content-Type", containing("application/json"))
			.withRequestBody(equalToJson(json));
	}

	private static Body parts(String... names) {
		return (request) -> {
			request.withHeader("Content-Type", containing("multipart/form-data"));
			for (String name : names) {
				request.withRequestBody(containing("name=\"" + name + "\""));
			}
		};
	}

	private static Resource file(String name) {
		return new ByteArrayResource("Name\nAda\n".getBytes()) {

			@Override
			public String getFilename() {
				return name + ".csv";
			}

		};
	}

	private static String readAll(InputStream stream) {
		try (stream) {
			return new String(stream.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	interface Body {

		void accept(RequestPatternBuilder request);

	}

	record Case(String operationId, Function<SeaTableAccountTemplate, @Nullable Object> call, String method, String url,
			@Nullable Body body) {

		@Override
		public String toString() {
			return this.operationId;
		}

	}

}

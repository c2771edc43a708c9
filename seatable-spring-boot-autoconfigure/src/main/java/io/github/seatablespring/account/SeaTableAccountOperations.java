package io.github.seatablespring.account;

import io.github.seatablespring.core.SeaTableTemplate;

/**
 * The account operations of one SeaTable account, grouped by area as in SeaTable's API
 * reference:
 *
 * <pre class="code">
 * Workspace workspace = account.workspaces().list().get(0);
 * BaseInfo crm = account.bases().create(workspace.id(), "CRM");
 * ApiToken token = account.apiTokens().create(workspace.id(), "CRM", "importer", Permission.READ_WRITE);
 * SeaTableTemplate base = account.base(workspace.id(), "CRM");
 * </pre>
 *
 * @see ReactiveSeaTableAccountOperations
 */
public interface SeaTableAccountOperations {

	/** The account's own user and other users. */
	UserOperations user();

	/** The account's workspaces. */
	WorkspacesOperations workspaces();

	/** Bases: list, create, rename, copy, delete, favourites, folders, trash. */
	BasesOperations bases();

	/** Groups and their members. */
	GroupsOperations groups();

	/** API tokens of a base. */
	ApiTokensOperations apiTokens();

	/** Base tokens without an API token. */
	BaseTokensOperations baseTokens();

	/** Webhooks of a base. */
	WebhooksOperations webhooks();

	/** Stored snapshots and backups of a base. */
	BaseSnapshotsOperations snapshots();

	/** Files and images stored with a base. */
	AttachmentsOperations attachments();

	/** Importing files into bases; exporting bases, tables and views as streams. */
	ImportExportOperations importExport();

	/** Sharing bases and views with users and groups. */
	SharingOperations sharing();

	/** Sharing links of bases and views, and invitation links. */
	SharingLinksOperations sharingLinks();

	/** Common datasets. */
	CommonDatasetsOperations commonDatasets();

	/** Departments of the team's address book. */
	DepartmentsOperations departments();

	/** Forms of bases. */
	FormsOperations forms();

	/** Automation rules of a base; a rule is the JSON body the reference documents. */
	RulesOperations automations();

	/** Maintenance of bases. */
	MaintenanceOperations maintenance();

	/** Notification rules of bases and the account's notifications. */
	NotificationRulesOperations notifications();

	/** Notifications of the system administrators. */
	SystemNotificationsOperations systemNotifications();

	/** E-mail accounts bases send mail with. */
	EmailAccountsOperations emailAccounts();

	/** Universal apps. */
	AppsOperations apps();

	/** Activities of the account's bases and big-data logs. */
	BaseActivitiesOperations activities();

	/**
	 * The template of a base of the account, without an API token; see
	 * {@link ReactiveSeaTableAccountOperations#base}. The first call for a base waits for
	 * its first base token.
	 */
	SeaTableTemplate base(long workspaceId, String baseName);

}

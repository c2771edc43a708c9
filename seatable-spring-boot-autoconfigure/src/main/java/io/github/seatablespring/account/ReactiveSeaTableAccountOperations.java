package io.github.seatablespring.account;

import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import reactor.core.publisher.Mono;

/**
 * The reactive account operations of one SeaTable account, grouped by area as in
 * SeaTable's API reference. Every call is authenticated with the account token, which is
 * obtained once and renewed when SeaTable rejects it.
 *
 * @see SeaTableAccountOperations
 */
public interface ReactiveSeaTableAccountOperations {

	/** The account's own user and other users. */
	ReactiveUserOperations user();

	/** The account's workspaces. */
	ReactiveWorkspacesOperations workspaces();

	/** Bases: list, create, rename, copy, delete, favourites, folders, trash. */
	ReactiveBasesOperations bases();

	/** Groups and their members. */
	ReactiveGroupsOperations groups();

	/** API tokens of a base. */
	ReactiveApiTokensOperations apiTokens();

	/** Base tokens without an API token. */
	ReactiveBaseTokensOperations baseTokens();

	/** Webhooks of a base. */
	ReactiveWebhooksOperations webhooks();

	/** Stored snapshots and backups of a base. */
	ReactiveBaseSnapshotsOperations snapshots();

	/** Files and images stored with a base. */
	ReactiveAttachmentsOperations attachments();

	/** Importing files into bases; exporting bases, tables and views as streams. */
	ReactiveImportExportOperations importExport();

	/** Sharing bases and views with users and groups. */
	ReactiveSharingOperations sharing();

	/** Sharing links of bases and views, and invitation links. */
	ReactiveSharingLinksOperations sharingLinks();

	/** Common datasets. */
	ReactiveCommonDatasetsOperations commonDatasets();

	/** Departments of the team's address book. */
	ReactiveDepartmentsOperations departments();

	/** Forms of bases. */
	ReactiveFormsOperations forms();

	/** Automation rules of a base; a rule is the JSON body the reference documents. */
	ReactiveRulesOperations automations();

	/** Maintenance of bases. */
	ReactiveMaintenanceOperations maintenance();

	/** Notification rules of bases and the account's notifications. */
	ReactiveNotificationRulesOperations notifications();

	/** Notifications of the system administrators. */
	ReactiveSystemNotificationsOperations systemNotifications();

	/** E-mail accounts bases send mail with. */
	ReactiveEmailAccountsOperations emailAccounts();

	/** Universal apps. */
	ReactiveAppsOperations apps();

	/** Activities of the account's bases and big-data logs. */
	ReactiveBaseActivitiesOperations activities();

	/**
	 * The template of a base of the account, without an API token: its base tokens come
	 * through the account token; otherwise it works like a configured base (own quota,
	 * shared with every other template of the same base, retries, validation). File
	 * operations need an API token and are not available on it. Repeated calls for one
	 * base return the same template.
	 * @param workspaceId the base's workspace
	 * @param baseName the base's name
	 * @return the template, after its first base token was obtained
	 */
	Mono<ReactiveSeaTableTemplate> base(long workspaceId, String baseName);

}

package io.github.seatablespring.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.seatablespring.core.Blocking;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.SeaTableTemplate;

/**
 * The blocking {@link SeaTableAccountOperations} of one account. It runs the operations
 * of a {@link ReactiveSeaTableAccountOperations} and waits for their result, so both
 * share one account token and one quota. Do not call it from a reactive thread; use the
 * reactive template there.
 */
public class SeaTableAccountTemplate implements SeaTableAccountOperations {

	private final ReactiveSeaTableAccountOperations reactive;

	private final Map<ReactiveSeaTableTemplate, SeaTableTemplate> bases = new ConcurrentHashMap<>();

	private final UserOperations user;

	private final WorkspacesOperations workspaces;

	private final BasesOperations baseOperations;

	private final GroupsOperations groups;

	private final ApiTokensOperations apiTokens;

	private final BaseTokensOperations baseTokens;

	private final WebhooksOperations webhooks;

	private final BaseSnapshotsOperations snapshots;

	private final AttachmentsOperations attachments;

	private final ImportExportOperations importExport;

	private final SharingOperations sharing;

	private final SharingLinksOperations sharingLinks;

	private final CommonDatasetsOperations commonDatasets;

	private final DepartmentsOperations departments;

	private final FormsOperations forms;

	private final RulesOperations automations;

	private final MaintenanceOperations maintenance;

	private final NotificationRulesOperations notifications;

	private final SystemNotificationsOperations systemNotifications;

	private final EmailAccountsOperations emailAccounts;

	private final AppsOperations apps;

	private final BaseActivitiesOperations activities;

	public SeaTableAccountTemplate(ReactiveSeaTableAccountOperations reactive) {
		this.reactive = reactive;
		this.user = new DefaultUserOperations(reactive.user());
		this.workspaces = new DefaultWorkspacesOperations(reactive.workspaces());
		this.baseOperations = new DefaultBasesOperations(reactive.bases());
		this.groups = new DefaultGroupsOperations(reactive.groups());
		this.apiTokens = new DefaultApiTokensOperations(reactive.apiTokens());
		this.baseTokens = new DefaultBaseTokensOperations(reactive.baseTokens());
		this.webhooks = new DefaultWebhooksOperations(reactive.webhooks());
		this.snapshots = new DefaultBaseSnapshotsOperations(reactive.snapshots());
		this.attachments = new DefaultAttachmentsOperations(reactive.attachments());
		this.importExport = new DefaultImportExportOperations(reactive.importExport());
		this.sharing = new DefaultSharingOperations(reactive.sharing());
		this.sharingLinks = new DefaultSharingLinksOperations(reactive.sharingLinks());
		this.commonDatasets = new DefaultCommonDatasetsOperations(reactive.commonDatasets());
		this.departments = new DefaultDepartmentsOperations(reactive.departments());
		this.forms = new DefaultFormsOperations(reactive.forms());
		this.automations = new DefaultRulesOperations(reactive.automations());
		this.maintenance = new DefaultMaintenanceOperations(reactive.maintenance());
		this.notifications = new DefaultNotificationRulesOperations(reactive.notifications());
		this.systemNotifications = new DefaultSystemNotificationsOperations(reactive.systemNotifications());
		this.emailAccounts = new DefaultEmailAccountsOperations(reactive.emailAccounts());
		this.apps = new DefaultAppsOperations(reactive.apps());
		this.activities = new DefaultBaseActivitiesOperations(reactive.activities());
	}

	/** The reactive operations this template runs on. */
	public ReactiveSeaTableAccountOperations reactive() {
		return this.reactive;
	}

	@Override
	public UserOperations user() {
		return this.user;
	}

	@Override
	public WorkspacesOperations workspaces() {
		return this.workspaces;
	}

	@Override
	public BasesOperations bases() {
		return this.baseOperations;
	}

	@Override
	public GroupsOperations groups() {
		return this.groups;
	}

	@Override
	public ApiTokensOperations apiTokens() {
		return this.apiTokens;
	}

	@Override
	public BaseTokensOperations baseTokens() {
		return this.baseTokens;
	}

	@Override
	public WebhooksOperations webhooks() {
		return this.webhooks;
	}

	@Override
	public BaseSnapshotsOperations snapshots() {
		return this.snapshots;
	}

	@Override
	public AttachmentsOperations attachments() {
		return this.attachments;
	}

	@Override
	public ImportExportOperations importExport() {
		return this.importExport;
	}

	@Override
	public SharingOperations sharing() {
		return this.sharing;
	}

	@Override
	public SharingLinksOperations sharingLinks() {
		return this.sharingLinks;
	}

	@Override
	public CommonDatasetsOperations commonDatasets() {
		return this.commonDatasets;
	}

	@Override
	public DepartmentsOperations departments() {
		return this.departments;
	}

	@Override
	public FormsOperations forms() {
		return this.forms;
	}

	@Override
	public RulesOperations automations() {
		return this.automations;
	}

	@Override
	public MaintenanceOperations maintenance() {
		return this.maintenance;
	}

	@Override
	public NotificationRulesOperations notifications() {
		return this.notifications;
	}

	@Override
	public SystemNotificationsOperations systemNotifications() {
		return this.systemNotifications;
	}

	@Override
	public EmailAccountsOperations emailAccounts() {
		return this.emailAccounts;
	}

	@Override
	public AppsOperations apps() {
		return this.apps;
	}

	@Override
	public BaseActivitiesOperations activities() {
		return this.activities;
	}

	@Override
	public SeaTableTemplate base(long workspaceId, String baseName) {
		ReactiveSeaTableTemplate template = Blocking.await(this.reactive.base(workspaceId, baseName));
		return this.bases.computeIfAbsent(template, SeaTableTemplate::new);
	}

}

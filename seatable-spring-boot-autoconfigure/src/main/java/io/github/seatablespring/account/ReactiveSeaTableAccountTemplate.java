package io.github.seatablespring.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.seatablespring.account.http.AccountApiClient;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The reactive {@link ReactiveSeaTableAccountOperations} of one account. Its client
 * carries the account token, the account's quota, retries and time-outs; this class only
 * groups the areas.
 */
public class ReactiveSeaTableAccountTemplate implements ReactiveSeaTableAccountOperations {

	private static final Duration FOREVER = Duration.ofMillis(Long.MAX_VALUE);

	private final @Nullable AccountBaseFactory baseFactory;

	private final Map<String, Mono<ReactiveSeaTableTemplate>> bases = new ConcurrentHashMap<>();

	private final ReactiveUserOperations user;

	private final ReactiveWorkspacesOperations workspaces;

	private final ReactiveBasesOperations baseOperations;

	private final ReactiveGroupsOperations groups;

	private final ReactiveApiTokensOperations apiTokens;

	private final ReactiveBaseTokensOperations baseTokens;

	private final ReactiveWebhooksOperations webhooks;

	private final ReactiveBaseSnapshotsOperations snapshots;

	private final ReactiveAttachmentsOperations attachments;

	private final ReactiveImportExportOperations importExport;

	private final ReactiveSharingOperations sharing;

	private final ReactiveSharingLinksOperations sharingLinks;

	private final ReactiveCommonDatasetsOperations commonDatasets;

	private final ReactiveDepartmentsOperations departments;

	private final ReactiveFormsOperations forms;

	private final ReactiveRulesOperations automations;

	private final ReactiveMaintenanceOperations maintenance;

	private final ReactiveNotificationRulesOperations notifications;

	private final ReactiveSystemNotificationsOperations systemNotifications;

	private final ReactiveEmailAccountsOperations emailAccounts;

	private final ReactiveAppsOperations apps;

	private final ReactiveBaseActivitiesOperations activities;

	/**
	 * @param api the account's client
	 * @param clock the clock that decides when base tokens expire
	 * @param baseFactory builds the templates of {@link #base}, or {@code null} when not
	 * offered
	 */
	public ReactiveSeaTableAccountTemplate(AccountApiClient api, Clock clock,
			@Nullable AccountBaseFactory baseFactory) {
		this.baseFactory = baseFactory;
		AccountCalls calls = new AccountCalls(api);
		this.user = new DefaultReactiveUserOperations(calls);
		this.workspaces = new DefaultReactiveWorkspacesOperations(calls);
		this.baseOperations = new DefaultReactiveBasesOperations(calls);
		this.groups = new DefaultReactiveGroupsOperations(calls);
		this.apiTokens = new DefaultReactiveApiTokensOperations(calls);
		this.baseTokens = new DefaultReactiveBaseTokensOperations(calls, new AccountResponses(clock));
		this.webhooks = new DefaultReactiveWebhooksOperations(calls);
		this.snapshots = new DefaultReactiveBaseSnapshotsOperations(calls);
		this.attachments = new DefaultReactiveAttachmentsOperations(calls);
		this.importExport = new DefaultReactiveImportExportOperations(calls);
		this.sharing = new DefaultReactiveSharingOperations(calls);
		this.sharingLinks = new DefaultReactiveSharingLinksOperations(calls);
		this.commonDatasets = new DefaultReactiveCommonDatasetsOperations(calls);
		this.departments = new DefaultReactiveDepartmentsOperations(calls);
		this.forms = new DefaultReactiveFormsOperations(calls);
		this.automations = new DefaultReactiveRulesOperations(calls, "automation-rules", "automation_rule_id",
				"dtable_automation_rule_list");
		this.maintenance = new DefaultReactiveMaintenanceOperations(calls);
		this.notifications = new DefaultReactiveNotificationRulesOperations(calls);
		this.systemNotifications = new DefaultReactiveSystemNotificationsOperations(calls);
		this.emailAccounts = new DefaultReactiveEmailAccountsOperations(calls);
		this.apps = new DefaultReactiveAppsOperations(calls);
		this.activities = new DefaultReactiveBaseActivitiesOperations(calls);
	}

	@Override
	public ReactiveUserOperations user() {
		return this.user;
	}

	@Override
	public ReactiveWorkspacesOperations workspaces() {
		return this.workspaces;
	}

	@Override
	public ReactiveBasesOperations bases() {
		return this.baseOperations;
	}

	@Override
	public ReactiveGroupsOperations groups() {
		return this.groups;
	}

	@Override
	public ReactiveApiTokensOperations apiTokens() {
		return this.apiTokens;
	}

	@Override
	public ReactiveBaseTokensOperations baseTokens() {
		return this.baseTokens;
	}

	@Override
	public ReactiveWebhooksOperations webhooks() {
		return this.webhooks;
	}

	@Override
	public ReactiveBaseSnapshotsOperations snapshots() {
		return this.snapshots;
	}

	@Override
	public ReactiveAttachmentsOperations attachments() {
		return this.attachments;
	}

	@Override
	public ReactiveImportExportOperations importExport() {
		return this.importExport;
	}

	@Override
	public ReactiveSharingOperations sharing() {
		return this.sharing;
	}

	@Override
	public ReactiveSharingLinksOperations sharingLinks() {
		return this.sharingLinks;
	}

	@Override
	public ReactiveCommonDatasetsOperations commonDatasets() {
		return this.commonDatasets;
	}

	@Override
	public ReactiveDepartmentsOperations departments() {
		return this.departments;
	}

	@Override
	public ReactiveFormsOperations forms() {
		return this.forms;
	}

	@Override
	public ReactiveRulesOperations automations() {
		return this.automations;
	}

	@Override
	public ReactiveMaintenanceOperations maintenance() {
		return this.maintenance;
	}

	@Override
	public ReactiveNotificationRulesOperations notifications() {
		return this.notifications;
	}

	@Override
	public ReactiveSystemNotificationsOperations systemNotifications() {
		return this.systemNotifications;
	}

	@Override
	public ReactiveEmailAccountsOperations emailAccounts() {
		return this.emailAccounts;
	}

	@Override
	public ReactiveAppsOperations apps() {
		return this.apps;
	}

	@Override
	public ReactiveBaseActivitiesOperations activities() {
		return this.activities;
	}

	@Override
	public Mono<ReactiveSeaTableTemplate> base(long workspaceId, String baseName) {
		Params.base(workspaceId, baseName);
		AccountBaseFactory factory = this.baseFactory;
		if (factory == null) {
			return Mono.error(new IllegalStateException("This account template was built without a base factory"));
		}
		// a failed first token is not kept: the next call tries again
		return this.bases.computeIfAbsent(workspaceId + "/" + baseName,
				(key) -> factory.create(workspaceId, baseName, () -> this.baseTokens.forBase(workspaceId, baseName))
					.cache((template) -> FOREVER, (ex) -> Duration.ZERO, () -> Duration.ZERO));
	}

}

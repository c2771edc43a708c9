package io.github.seatablespring.test.account;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.SeaTableAuthenticationException;
import io.github.seatablespring.SeaTableNotFoundException;
import io.github.seatablespring.account.SeaTableAccountTemplate;
import io.github.seatablespring.account.autoconfigure.SeaTableAccountFactory;
import io.github.seatablespring.account.autoconfigure.SeaTableAccountProperties;
import io.github.seatablespring.account.model.ApiToken;
import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.account.model.Permission;
import io.github.seatablespring.account.model.Webhook;
import io.github.seatablespring.account.model.Workspace;
import io.github.seatablespring.autoconfigure.SeaTableBases;
import io.github.seatablespring.autoconfigure.SeaTableProperties;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.core.RowQuery;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.model.ColumnDefinition;
import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.SeaTableEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The provisioning flow against the emulator: bases made through the account are real
 * emulated bases.
 */
class EmulatedAccountTests {

	private SeaTableEmulator emulator;

	private SeaTableProperties properties;

	private SeaTableTemplateFactory factory;

	@BeforeEach
	void start() {
		this.emulator = SeaTableEmulator.start();
		this.properties = new SeaTableProperties();
		this.properties.setServerUrl(URI.create(this.emulator.serverUrl()));
		this.factory = new SeaTableTemplateFactory(WebClient.builder(), List.of(), JsonMapper.shared(),
				Clock.systemUTC());
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	private SeaTableAccountTemplate account(String password) {
		SeaTableAccountProperties account = new SeaTableAccountProperties();
		account.setUsername(this.emulator.account().username());
		account.setPassword(password);
		return new SeaTableAccountTemplate(
				new SeaTableAccountFactory(WebClient.builder(), List.of(), this.factory, Clock.systemUTC())
					.create(this.properties, account));
	}

	@Test
	void provisionsABaseThatTheBaseTemplateThenUses() {
		SeaTableAccountTemplate account = account(this.emulator.account().password());

		assertThat(account.user().info().contactEmail()).isEqualTo(this.emulator.account().username());
		List<Workspace> workspaces = account.workspaces().list();
		assertThat(workspaces).extracting(Workspace::type).containsExactly("personal", "group");
		long workspace = workspaces.get(0).id();
		BaseInfo crm = account.bases().create(workspace, "CRM");
		ApiToken token = account.apiTokens().create(workspace, "CRM", "importer", Permission.READ_WRITE);

		SeaTableTemplate viaToken = new SeaTableBases(Map.of(), this.factory, this.properties).register("crm",
				token.token());
		viaToken.tables().create("Contacts", List.of(ColumnDefinition.text("Name")));
		viaToken.appendRow("Contacts", Map.of("Name", "Ada"));
		SeaTableTemplate viaAccount = account.base(workspace, "CRM");

		assertThat(viaAccount.listRows(RowQuery.table("Contacts"))).extracting((row) -> row.get("Name"))
			.containsExactly("Ada");
		EmulatedBase emulated = this.emulator.bases()
			.stream()
			.filter((base) -> base.uuid().equals(crm.uuid()))
			.findFirst()
			.orElseThrow();
		assertThat(emulated.rows("Contacts")).hasSize(1);
		assertThat(account.apiTokens().list(workspace, "CRM")).extracting(ApiToken::appName)
			.containsExactly("importer");
		assertThat(account.bases().list()).extracting(BaseInfo::name).contains("CRM");
		assertThat(account.workspaces().listWithBases().get(0).bases()).extracting(BaseInfo::uuid).contains(crm.uuid());
	}

	@Test
	void webhooksSnapshotsRenameCopyAndDelete() {
		SeaTableAccountTemplate account = account(this.emulator.account().password());
		account.bases().create(1, "Orders");

		Webhook hook = account.webhooks().create(1, "Orders", URI.create("https://example.com/hook"), "s3");
		assertThat(account.webhooks().list(1, "Orders")).extracting(Webhook::id).containsExactly(hook.id());
		account.webhooks().update(1, "Orders", hook.id(), URI.create("https://example.com/h2"), null);
		assertThat(account.webhooks().list(1, "Orders").get(0).url()).hasToString("https://example.com/h2");
		account.webhooks().delete(1, "Orders", hook.id());
		assertThat(account.webhooks().list(1, "Orders")).isEmpty();
		assertThat(account.snapshots().list(1, "Orders")).isEmpty();

		assertThat(account.bases().rename(1, "Orders", "Sales").name()).isEqualTo("Sales");
		BaseInfo copy = account.bases().copy(1, "Sales", 2, false);
		assertThat(copy.workspaceId()).isEqualTo(2);
		account.bases().delete(1, "Sales");
		assertThatExceptionOfType(SeaTableNotFoundException.class)
			.isThrownBy(() -> account.webhooks().list(1, "Sales"));
		assertThat(account.groups().list()).extracting((group) -> group.name()).containsExactly("Team");
	}

	@Test
	void aDeletedApiTokenNoLongerOpensTheBase() {
		SeaTableAccountTemplate account = account(this.emulator.account().password());
		account.bases().create(1, "Temp");
		ApiToken token = account.apiTokens().create(1, "Temp", "once", Permission.READ_ONLY);
		account.apiTokens().delete(1, "Temp", "once");

		SeaTableTemplate base = new SeaTableBases(Map.of(), this.factory, this.properties).register("temp",
				token.token());
		assertThatExceptionOfType(SeaTableAuthenticationException.class).isThrownBy(base::getMetadata);
	}

	@Test
	void aWrongPasswordFailsNamingTheProperties() {
		assertThatExceptionOfType(SeaTableAuthenticationException.class)
			.isThrownBy(() -> account("wrong").workspaces().list())
			.withMessageContaining("seatable.account.password");
	}

}

package io.github.seatablespring.samples.provisioning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.SeaTableAccountTemplate;
import io.github.seatablespring.account.model.AccountInfo;
import io.github.seatablespring.account.model.ApiToken;
import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.account.model.Permission;
import io.github.seatablespring.account.model.Webhook;
import io.github.seatablespring.account.model.Workspace;
import io.github.seatablespring.autoconfigure.SeaTableBases;
import io.github.seatablespring.core.RowQuery;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.model.BatchResult;
import io.github.seatablespring.model.ColumnDefinition;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Provisions one base step by step and prints what it made (never a token). */
@Component
class Provisioner {

	private static final String TABLE = "Customers";

	private final SeaTableAccountTemplate account;

	private final SeaTableBases bases;

	private final ProvisioningProperties properties;

	Provisioner(SeaTableAccountTemplate account, SeaTableBases bases, ProvisioningProperties properties) {
		this.account = account;
		this.bases = bases;
		this.properties = properties;
	}

	void run() {
		AccountInfo me = this.account.user().info();
		System.out.println("[1/5] Logged in as " + me.name() + " <" + me.contactEmail() + ">");

		Workspace workspace = this.account.workspaces().list().get(0);
		String name = this.properties.baseName();
		BaseInfo base = this.account.bases().create(workspace.id(), name);
		System.out.println("[2/5] Created base '" + base.name() + "' (" + base.uuid() + ") in workspace "
				+ workspace.id() + " (" + workspace.name() + ")");

		ApiToken token = this.account.apiTokens().create(workspace.id(), name, "importer", Permission.READ_WRITE);
		System.out.println("[3/5] Created API token '" + token.appName() + "' (" + token.permission() + ")");

		SeaTableTemplate customers = this.bases.register(base.uuid(), token.token());
		customers.tables()
			.create(TABLE, List.of(ColumnDefinition.text("Name"), ColumnDefinition.text("Email"),
					ColumnDefinition.text("City")));
		BatchResult imported = customers.appendRows(TABLE, read(new ClassPathResource("customers.csv")));
		System.out.println("[4/5] Imported " + imported.rowsAffected() + " rows into table '" + TABLE
				+ "' through the new API token");

		Webhook webhook = this.account.webhooks().create(workspace.id(), name, this.properties.webhookUrl(), null);
		System.out.println("[5/5] Registered webhook " + webhook.id() + " -> " + webhook.url());
		// the same base, reached through the account token instead of the API token
		SeaTableTemplate viaAccount = this.account.base(workspace.id(), name);
		System.out.println("Done: base " + base.uuid() + " has " + viaAccount.listRows(RowQuery.table(TABLE)).size()
				+ " rows (read through the account) and " + this.account.webhooks().list(workspace.id(), name).size()
				+ " webhook");
	}

	/** The bundled CSV (a header line, then plain comma-separated values) as rows. */
	private static List<Map<String, String>> read(Resource csv) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
			List<String> header = List.of(reader.readLine().split(","));
			return reader.lines().filter((line) -> !line.isBlank()).map((line) -> {
				String[] cells = line.split(",", -1);
				Map<String, String> row = new LinkedHashMap<>();
				header.forEach((column) -> row.put(column, cells[header.indexOf(column)]));
				return row;
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + csv, ex);
		}
	}

}

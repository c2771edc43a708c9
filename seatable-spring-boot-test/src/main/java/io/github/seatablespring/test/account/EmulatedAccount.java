package io.github.seatablespring.test.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.api.Access;
import io.github.seatablespring.test.api.Area;
import io.github.seatablespring.test.api.Call;
import io.github.seatablespring.test.api.RouteTable;
import io.github.seatablespring.test.auth.Tokens;
import io.github.seatablespring.test.http.Reply;
import io.github.seatablespring.test.store.EmulatedError;
import org.jspecify.annotations.Nullable;

/**
 * The one account of a {@link io.github.seatablespring.test.SeaTableEmulator}, an
 * {@link Area} of its route table: it logs in with {@link #username()} and
 * {@link #password()} (or uses {@link #token()} directly), owns a personal workspace
 * ({@value #PERSONAL_WORKSPACE}) and a group workspace ({@value #GROUP_WORKSPACE}), and
 * answers the account operations a provisioning flow needs with SeaTable's shapes. Bases
 * created through it are real emulated bases; bases created with
 * {@code emulator.createBase(...)} appear in the personal workspace. A copy is an empty
 * base of the same name; snapshots are an empty list.
 */
public final class EmulatedAccount implements Area {

	/** The id of the account's personal workspace. */
	public static final long PERSONAL_WORKSPACE = 1;

	/** The id of the workspace of the account's group {@code Team}. */
	public static final long GROUP_WORKSPACE = 2;

	private static final long GROUP_ID = 1;

	private static final String EMAIL = "f1e2d3c4b5a6978812345678abcdef01@auth.local";

	private static final String BASE = "/api/v2.1/workspace/{workspace_id}/dtable/{base_name}/";

	private final BaseSource emulator;

	private final String username = "emulator@example.com";

	private final String password = "emulator";

	private final String token;

	private final Map<String, Placement> placements = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Token>> apiTokens = new ConcurrentHashMap<>();

	private final Map<String, Map<Long, Map<String, Object>>> webhooks = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(100);

	/**
	 * @param emulator creates and lists the emulator's bases and holds its tokens
	 * @param token the account token the login hands out
	 */
	public EmulatedAccount(BaseSource emulator, String token) {
		this.emulator = emulator;
		this.token = token;
	}

	/** The account's login name. */
	public String username() {
		return this.username;
	}

	/** The account's password. */
	public String password() {
		return this.password;
	}

	/** The account token the login hands out. */
	public String token() {
		return this.token;
	}

	@Override
	public void register(RouteTable routes) {
		routes.post("/api2/auth-token/", Access.PUBLIC, this::login);
		account(routes, "GET", "/api2/account/info/", (call) -> info());
		account(routes, "GET", "/api/v2.1/workspaces/",
				(call) -> Map.of("workspace_list", workspaces("true".equals(call.query("detail")))));
		account(routes, "GET", "/api/v2.1/groups/", (call) -> List.of(group()));
		account(routes, "GET", "/api/v2.1/user-admin-dtables/", (call) -> Map.of("personal", bases(PERSONAL_WORKSPACE),
				"groups",
				List.of(Map.of("group_id", GROUP_ID, "group_name", "Team", "dtables", bases(GROUP_WORKSPACE)))));
		account(routes, "POST", "/api/v2.1/dtables/", (call) -> Reply.json(201, Map.of("table",
				base(create(workspace(form(call).get("workspace_id")), required(form(call), "name"))))));
		account(routes, "POST", "/api/v2.1/dtable-copy/", (call) -> {
			Map<String, String> form = form(call);
			EmulatedBase source = find(workspace(form.get("src_workspace_id")), required(form, "name"));
			return Map.of("dtable", base(create(workspace(form.get("dst_workspace_id")), source.name())));
		});
		account(routes, "PUT", "/api/v2.1/workspace/{workspace_id}/dtable/", this::rename);
		account(routes, "DELETE", "/api/v2.1/workspace/{workspace_id}/dtable/", this::delete);
		account(routes, "GET", BASE + "api-tokens/",
				(call) -> Map.of("api_tokens", tokens(call).values().stream().map(Token::json).toList()));
		account(routes, "POST", BASE + "api-tokens/", this::createToken);
		account(routes, "PUT", BASE + "api-tokens/{app_name}/", this::updateToken);
		account(routes, "DELETE", BASE + "api-tokens/{app_name}/", this::deleteToken);
		account(routes, "GET", BASE + "temp-api-token/",
				(call) -> Map.of("api_token", base(call).createApiToken(false)));
		account(routes, "GET", BASE + "access-token/", this::baseToken);
		account(routes, "GET", BASE + "webhooks/", (call) -> Map.of("webhook_list", List.copyOf(hooks(call).values())));
		account(routes, "POST", BASE + "webhooks/", this::createWebhook);
		account(routes, "PUT", BASE + "webhooks/{webhook_id}/", this::updateWebhook);
		account(routes, "DELETE", BASE + "webhooks/{webhook_id}/", this::deleteWebhook);
		account(routes, "GET", BASE + "snapshots/", (call) -> {
			base(call);
			return Map.of("snapshot_list", List.of(), "page_info", Map.of("has_next_page", false, "current_page", 1));
		});
	}

	/**
	 * A route that needs the account token
	 * ({@code Authorization: Token <account-token>}).
	 */
	private void account(RouteTable routes, String method, String template, Function<Call, Object> handler) {
		routes.add(method, template, Access.PUBLIC, (call) -> {
			if (!("Token " + this.token).equals(call.request().header("authorization"))) {
				return Reply.error(401, "detail", "Invalid token");
			}
			synchronized (this) {
				return handler.apply(call);
			}
		});
	}

	private Object login(Call call) {
		Map<String, String> form = form(call);
		if (this.username.equals(form.get("username")) && this.password.equals(form.get("password"))) {
			return Map.of("token", this.token);
		}
		return Reply.json(400, Map.of("non_field_errors", List.of("Unable to login with provided credentials.")));
	}

	private Object rename(Call call) {
		long workspace = workspace(call.variable("workspace_id"));
		Map<String, String> form = form(call);
		EmulatedBase base = find(workspace, required(form, "name"));
		String newName = form.get("new_name");
		if (newName != null) {
			this.placements.put(base.uuid(), new Placement(workspace, newName));
		}
		return Map.of("table", base(base));
	}

	private Object delete(Call call) {
		EmulatedBase base = find(workspace(call.variable("workspace_id")), required(form(call), "name"));
		this.placements.put(base.uuid(), new Placement(-1, base.name()));
		return Map.of("success", true);
	}

	private Object createToken(Call call) {
		Map<String, String> form = form(call);
		String appName = required(form, "app_name");
		Map<String, Token> tokens = tokens(call);
		if (tokens.containsKey(appName)) {
			throw EmulatedError.badRequest("app_name " + appName + " exists.");
		}
		Token token = newToken(base(call), appName, form.getOrDefault("permission", "r"), now());
		tokens.put(appName, token);
		return Reply.json(201, token.json());
	}

	private Object updateToken(Call call) {
		Token old = existingToken(call);
		this.emulator.tokens().revoke(old.apiToken());
		Token token = newToken(base(call), old.appName(), required(form(call), "permission"), old.generatedAt());
		tokens(call).put(old.appName(), token);
		return token.json();
	}

	private Object deleteToken(Call call) {
		Token old = existingToken(call);
		tokens(call).remove(old.appName());
		this.emulator.tokens().revoke(old.apiToken());
		return Map.of("success", true);
	}

	private Token existingToken(Call call) {
		Token token = tokens(call).get(call.variable("app_name"));
		if (token == null) {
			throw EmulatedError.notFound("api token " + call.variable("app_name") + " not found.");
		}
		return token;
	}

	private Object baseToken(Call call) {
		EmulatedBase base = base(call);
		String jwt = this.emulator.tokens()
			.issue(new Tokens.ApiToken(base.uuid(), false, "account"),
					call.server().clock().instant().plus(Duration.ofDays(3)));
		return Map.of("access_token", jwt, "dtable_uuid", base.uuid());
	}

	private Object createWebhook(Call call) {
		long id = this.ids.incrementAndGet();
		hooks(call).put(id, webhook(id, base(call), form(call)));
		return Map.of("webhook", hooks(call).get(id));
	}

	private Object updateWebhook(Call call) {
		long id = existingWebhook(call);
		hooks(call).put(id, webhook(id, base(call), form(call)));
		return Map.of("webhook", hooks(call).get(id));
	}

	private Object deleteWebhook(Call call) {
		hooks(call).remove(existingWebhook(call));
		return Map.of("success", true);
	}

	private long existingWebhook(Call call) {
		long id = Long.parseLong(call.variable("webhook_id"));
		if (!hooks(call).containsKey(id)) {
			throw EmulatedError.notFound("webhook " + id + " not found.");
		}
		return id;
	}

	private EmulatedBase base(Call call) {
		return find(workspace(call.variable("workspace_id")), call.variable("base_name"));
	}

	private Map<String, Token> tokens(Call call) {
		return this.apiTokens.computeIfAbsent(base(call).uuid(), (uuid) -> new LinkedHashMap<>());
	}

	private Map<Long, Map<String, Object>> hooks(Call call) {
		return this.webhooks.computeIfAbsent(base(call).uuid(), (uuid) -> new LinkedHashMap<>());
	}

	private static Token newToken(EmulatedBase base, String appName, String permission, String generatedAt) {
		String apiToken = base.createApiToken(!"rw".equals(permission));
		return new Token(appName, apiToken, "rw".equals(permission) ? "rw" : "r", generatedAt);
	}

	private static Map<String, Object> webhook(long id, EmulatedBase base, Map<String, String> form) {
		Map<String, Object> hook = new LinkedHashMap<>();
		hook.put("id", id);
		hook.put("dtable_uuid", base.uuid());
		hook.put("url", required(form, "url"));
		hook.put("creator", EMAIL);
		hook.put("created_at", OffsetDateTime.now(ZoneOffset.UTC).toLocalDateTime().toString());
		hook.put("settings", Map.of("secret", form.getOrDefault("secret", "")));
		return hook;
	}

	private EmulatedBase create(long workspace, String name) {
		if (findOrNull(workspace, name) != null) {
			throw new EmulatedError(400, "error_msg", "Table " + name + " already exists.");
		}
		EmulatedBase base = this.emulator.createBase(name);
		this.placements.put(base.uuid(), new Placement(workspace, name));
		return base;
	}

	private EmulatedBase find(long workspace, String name) {
		EmulatedBase base = findOrNull(workspace, name);
		if (base == null) {
			throw new EmulatedError(404, "error_msg", "dtable " + name + " not found.");
		}
		return base;
	}

	private @Nullable EmulatedBase findOrNull(long workspace, String name) {
		return this.emulator.bases()
			.stream()
			.filter((base) -> placement(base).equals(new Placement(workspace, name)))
			.findFirst()
			.orElse(null);
	}

	private Placement placement(EmulatedBase base) {
		return this.placements.getOrDefault(base.uuid(), new Placement(PERSONAL_WORKSPACE, base.name()));
	}

	private List<Map<String, Object>> bases(long workspace) {
		return this.emulator.bases()
			.stream()
			.filter((base) -> placement(base).workspace() == workspace)
			.map(this::base)
			.toList();
	}

	private Map<String, Object> base(EmulatedBase base) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", Math.abs(base.uuid().hashCode()));
		json.put("workspace_id", placement(base).workspace());
		json.put("uuid", base.uuid());
		json.put("name", placement(base).name());
		json.put("creator", "Emulator");
		json.put("modifier", "Emulator");
		json.put("created_at", now());
		json.put("updated_at", now());
		json.put("color", null);
		json.put("text_color", null);
		json.put("icon", null);
		return json;
	}

	private List<Map<String, Object>> workspaces(boolean detail) {
		List<Map<String, Object>> workspaces = new ArrayList<>();
		workspaces.add(Map.of("id", "", "name", "starred", "type", "starred"));
		workspaces.add(Map.of("id", "", "name", "shared", "type", "shared"));
		Map<String, Object> personal = new LinkedHashMap<>(
				Map.of("id", PERSONAL_WORKSPACE, "name", "personal", "type", "personal"));
		Map<String, Object> group = new LinkedHashMap<>(
				Map.of("id", GROUP_WORKSPACE, "name", "Team", "type", "group", "group_id", GROUP_ID));
		if (detail) {
			personal.put("table_list", bases(PERSONAL_WORKSPACE));
			group.put("table_list", bases(GROUP_WORKSPACE));
		}
		workspaces.add(personal);
		workspaces.add(group);
		return workspaces;
	}

	private Map<String, Object> info() {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("email", EMAIL);
		info.put("name", "Emulator");
		info.put("contact_email", this.username);
		info.put("login_id", "");
		info.put("avatar_url", "");
		info.put("institution", "");
		info.put("is_staff", false);
		info.put("usage", 0);
		info.put("total", -1);
		info.put("row_usage", 0);
		info.put("row_total", -1);
		return info;
	}

	private static Map<String, Object> group() {
		return Map.of("id", GROUP_ID, "parent_group_id", 0, "name", "Team", "owner", EMAIL, "created_at", now(),
				"admins", List.of(EMAIL));
	}

	private static long workspace(@Nullable String value) {
		try {
			long id = Long.parseLong(Objects.requireNonNull(value));
			if (id == PERSONAL_WORKSPACE || id == GROUP_WORKSPACE) {
				return id;
			}
		}
		catch (RuntimeException ex) {
			// answered below
		}
		throw new EmulatedError(404, "error_msg", "Workspace " + value + " not found.");
	}

	private static String required(Map<String, String> form, String field) {
		String value = form.get(field);
		if (value == null || value.isBlank()) {
			throw new EmulatedError(400, "error_msg", field + " invalid.");
		}
		return value;
	}

	/** The form fields (or JSON fields) of a call's body, as text. */
	private static Map<String, String> form(Call call) {
		Map<String, String> form = new LinkedHashMap<>();
		call.body().forEach((name, value) -> form.put(name, String.valueOf(value)));
		return form;
	}

	private static String now() {
		return OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	/** Where a base is: its workspace ({@code -1} once deleted) and name. */
	private record Placement(long workspace, String name) {
	}

	private record Token(String appName, String apiToken, String permission, String generatedAt) {

		Map<String, Object> json() {
			return Map.of("app_name", this.appName, "api_token", this.apiToken, "generated_by", EMAIL, "generated_at",
					this.generatedAt, "last_access", this.generatedAt, "permission", this.permission);
		}

	}

	/** What the account needs from the emulator. */
	public interface BaseSource {

		/** Creates an empty base. */
		EmulatedBase createBase(String name);

		/** Every base of the emulator. */
		List<EmulatedBase> bases();

		/** The emulator's API tokens and base tokens. */
		Tokens tokens();

	}

}

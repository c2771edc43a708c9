package io.github.seatablespring.test.account;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.seatablespring.test.EmulatedBase;
import org.jspecify.annotations.Nullable;

/**
 * The one account of a {@link io.github.seatablespring.test.SeaTableEmulator}: it logs in with
 * {@link #username()} and {@link #password()} (or uses {@link #token()} directly), owns a personal
 * workspace ({@value #PERSONAL_WORKSPACE}) and a group workspace ({@value #GROUP_WORKSPACE}), and
 * answers the account operations a provisioning flow needs with SeaTable's shapes. Bases created
 * through it are real emulated bases; bases created with {@code emulator.createBase(...)} appear
 * in the personal workspace. A copy is an empty base of the same name; snapshots are an empty list.
 */
public final class EmulatedAccount {

	/** The id of the account's personal workspace. */
	public static final long PERSONAL_WORKSPACE = 1;

	/** The id of the workspace of the account's group {@code Team}. */
	public static final long GROUP_WORKSPACE = 2;

	private static final long GROUP_ID = 1;

	private static final String EMAIL = "f1e2d3c4b5a6978812345678abcdef01@auth.local";

	private static final Pattern BASE_PATH = Pattern
		.compile("^/api/v2\\.1/workspace/(\\d+)/dtable/([^/]+)/([a-z-]+)/(?:([^/]+)/)?$");

	private final BaseSource emulator;

	private final String username = "emulator@example.com";

	private final String password = "emulator";

	private final String token;

	private final Map<String, Placement> placements = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Token>> apiTokens = new ConcurrentHashMap<>();

	private final Map<String, Map<Long, Map<String, Object>>> webhooks = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(100);

	/**
	 * @param emulator creates, lists and authorizes the emulator's bases
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

	/**
	 * Answers an account request, or returns {@code null} when the path is none of the account's.
	 * @param method the HTTP method
	 * @param path the decoded path
	 * @param query the query parameters
	 * @param body the request body (form fields or JSON)
	 * @param authorization the {@code Authorization} header, if any
	 */
	public synchronized @Nullable AccountAnswer handle(String method, String path, Map<String, String> query,
			String body, @Nullable String authorization) {
		try {
			return answer(method, path, query, body, authorization);
		}
		catch (AccountFailure failure) {
			return failure.answer;
		}
	}

	private @Nullable AccountAnswer answer(String method, String path, Map<String, String> query, String body,
			@Nullable String authorization) {
		if (path.equals("/api2/auth-token/")) {
			return method.equals("POST") ? login(form(body)) : null;
		}
		if (!isAccountPath(path)) {
			return null;
		}
		if (authorization == null || !authorization.equals("Token " + this.token)) {
			return AccountAnswer.error(401, "detail", "Invalid token");
		}
		Map<String, String> form = form(body);
		String key = method + " " + path;
		switch (key) {
			case "GET /api2/account/info/":
				return AccountAnswer.ok(info());
			case "GET /api/v2.1/workspaces/":
				return AccountAnswer.ok(Map.of("workspace_list", workspaces("true".equals(query.get("detail")))));
			case "GET /api/v2.1/groups/":
				return AccountAnswer.ok(List.of(group()));
			case "GET /api/v2.1/user-admin-dtables/":
				return AccountAnswer.ok(Map.of("personal", bases(PERSONAL_WORKSPACE), "groups",
						List.of(Map.of("group_id", GROUP_ID, "group_name", "Team", "dtables", bases(GROUP_WORKSPACE)))));
			case "POST /api/v2.1/dtables/":
				return new AccountAnswer(201, Map.of("table",
						base(create(workspace(form.get("workspace_id")), required(form, "name")))));
			case "POST /api/v2.1/dtable-copy/":
				EmulatedBase source = find(workspace(form.get("src_workspace_id")), required(form, "name"));
				return AccountAnswer.ok(Map.of("dtable", base(create(workspace(form.get("dst_workspace_id")), source.name()))));
			default:
				break;
		}
		Matcher workspacePath = Pattern.compile("^/api/v2\\.1/workspace/(\\d+)/dtable/$").matcher(path);
		if (workspacePath.matches()) {
			return updateOrDelete(method, workspace(workspacePath.group(1)), form);
		}
		Matcher basePath = BASE_PATH.matcher(path);
		if (basePath.matches()) {
			EmulatedBase base = find(workspace(basePath.group(1)), basePath.group(2));
			return baseOperation(method, base, basePath.group(3), basePath.group(4), form);
		}
		return AccountAnswer.error(404, "error_msg", "emulated account has no " + key);
	}

	private static boolean isAccountPath(String path) {
		return path.startsWith("/api2/") || (path.startsWith("/api/v2.1/") && !path.startsWith("/api/v2.1/dtable/")
				&& !path.startsWith("/api/v2.1/dtables/"))
				|| path.equals("/api/v2.1/dtables/");
	}

	private AccountAnswer login(Map<String, String> form) {
		if (this.username.equals(form.get("username")) && this.password.equals(form.get("password"))) {
			return AccountAnswer.ok(Map.of("token", this.token));
		}
		return new AccountAnswer(400, Map.of("non_field_errors", List.of("Unable to login with provided credentials.")));
	}

	private AccountAnswer updateOrDelete(String method, long workspace, Map<String, String> form) {
		EmulatedBase base = find(workspace, required(form, "name"));
		if (method.equals("PUT")) {
			String newName = form.get("new_name");
			if (newName != null) {
				this.placements.put(base.uuid(), new Placement(workspace, newName));
			}
			return AccountAnswer.ok(Map.of("table", base(base)));
		}
		if (method.equals("DELETE")) {
			this.placements.put(base.uuid(), new Placement(-1, base.name()));
			return AccountAnswer.ok(Map.of("success", true));
		}
		return AccountAnswer.error(405, "detail", "Method not allowed");
	}

	private AccountAnswer baseOperation(String method, EmulatedBase base, String operation, @Nullable String item,
			Map<String, String> form) {
		Map<String, Token> tokens = this.apiTokens.computeIfAbsent(base.uuid(), (uuid) -> new LinkedHashMap<>());
		Map<Long, Map<String, Object>> hooks = this.webhooks.computeIfAbsent(base.uuid(), (uuid) -> new LinkedHashMap<>());
		String key = method + " " + operation + ((item != null) ? "/item" : "");
		switch (key) {
			case "GET api-tokens":
				return AccountAnswer.ok(Map.of("api_tokens", tokens.values().stream().map(Token::json).toList()));
			case "POST api-tokens": {
				String appName = required(form, "app_name");
				if (tokens.containsKey(appName)) {
					return AccountAnswer.error(400, "error_msg", "app_name " + appName + " exists.");
				}
				Token token = newToken(base, appName, form.getOrDefault("permission", "r"));
				tokens.put(appName, token);
				return new AccountAnswer(201, token.json());
			}
			case "PUT api-tokens/item": {
				Token old = tokens.get(item);
				if (old == null) {
					return AccountAnswer.error(404, "error_msg", "api token " + item + " not found.");
				}
				this.emulator.revokeApiToken(old.apiToken());
				Token token = newToken(base, item, required(form, "permission"));
				tokens.put(item, new Token(item, token.apiToken(), token.permission(), old.generatedAt()));
				return AccountAnswer.ok(tokens.get(item).json());
			}
			case "DELETE api-tokens/item": {
				Token old = tokens.remove(item);
				if (old == null) {
					return AccountAnswer.error(404, "error_msg", "api token " + item + " not found.");
				}
				this.emulator.revokeApiToken(old.apiToken());
				return AccountAnswer.ok(Map.of("success", true));
			}
			case "GET temp-api-token":
				return AccountAnswer.ok(Map.of("api_token", base.createApiToken(false)));
			case "GET access-token":
				return AccountAnswer.ok(Map.of("access_token", this.emulator.issueBaseToken(base), "dtable_uuid", base.uuid()));
			case "GET webhooks":
				return AccountAnswer.ok(Map.of("webhook_list", List.copyOf(hooks.values())));
			case "POST webhooks": {
				long id = this.ids.incrementAndGet();
				hooks.put(id, webhook(id, base, form));
				return AccountAnswer.ok(Map.of("webhook", hooks.get(id)));
			}
			case "PUT webhooks/item":
			case "DELETE webhooks/item": {
				long id = Long.parseLong(item);
				if (!hooks.containsKey(id)) {
					return AccountAnswer.error(404, "error_msg", "webhook " + id + " not found.");
				}
				if (method.equals("DELETE")) {
					hooks.remove(id);
					return AccountAnswer.ok(Map.of("success", true));
				}
				hooks.put(id, webhook(id, base, form));
				return AccountAnswer.ok(Map.of("webhook", hooks.get(id)));
			}
			case "GET snapshots":
				return AccountAnswer.ok(Map.of("snapshot_list", List.of(), "page_info",
						Map.of("has_next_page", false, "current_page", 1)));
			default:
				return AccountAnswer.error(404, "error_msg", "emulated account has no " + key);
		}
	}

	private Token newToken(EmulatedBase base, String appName, String permission) {
		String apiToken = base.createApiToken(!"rw".equals(permission));
		return new Token(appName, apiToken, "rw".equals(permission) ? "rw" : "r", now());
	}

	private Map<String, Object> webhook(long id, EmulatedBase base, Map<String, String> form) {
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
			throw new AccountFailure(400, "error_msg", "Table " + name + " already exists.");
		}
		EmulatedBase base = this.emulator.createBase(name);
		this.placements.put(base.uuid(), new Placement(workspace, name));
		return base;
	}

	private EmulatedBase find(long workspace, String name) {
		EmulatedBase base = findOrNull(workspace, name);
		if (base == null) {
			throw new AccountFailure(404, "error_msg", "dtable " + name + " not found.");
		}
		return base;
	}

	private @Nullable EmulatedBase findOrNull(long workspace, String name) {
		return this.emulator.bases().stream()
			.filter((base) -> placement(base).equals(new Placement(workspace, name)))
			.findFirst()
			.orElse(null);
	}

	private Placement placement(EmulatedBase base) {
		return this.placements.getOrDefault(base.uuid(), new Placement(PERSONAL_WORKSPACE, base.name()));
	}

	private List<Map<String, Object>> bases(long workspace) {
		return this.emulator.bases().stream()
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
		Map<String, Object> personal = new LinkedHashMap<>(Map.of("id", PERSONAL_WORKSPACE, "name", "personal", "type",
				"personal"));
		Map<String, Object> group = new LinkedHashMap<>(Map.of("id", GROUP_WORKSPACE, "name", "Team", "type", "group",
				"group_id", GROUP_ID));
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
		throw new AccountFailure(404, "error_msg", "Workspace " + value + " not found.");
	}

	private static String required(Map<String, String> form, String field) {
		String value = form.get(field);
		if (value == null || value.isBlank()) {
			throw new AccountFailure(400, "error_msg", field + " invalid.");
		}
		return value;
	}

	/** Form fields of an {@code application/x-www-form-urlencoded} body; JSON bodies read as none. */
	private static Map<String, String> form(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (body.isBlank() || body.trim().startsWith("{")) {
			return fields;
		}
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return fields;
	}

	private static String now() {
		return OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	/** Where a base is: its workspace ({@code -1} once deleted) and name. */
	private record Placement(long workspace, String name) {
	}

	private record Token(String appName, String apiToken, String permission, String generatedAt) {

		Map<String, Object> json() {
			return Map.of("app_name", this.appName, "api_token", this.apiToken, "generated_by", EMAIL,
					"generated_at", this.generatedAt, "last_access", this.generatedAt, "permission", this.permission);
		}

	}

	/** What the account needs from the emulator. */
	public interface BaseSource {

		/** Creates an empty base. */
		EmulatedBase createBase(String name);

		/** Every base of the emulator. */
		List<EmulatedBase> bases();

		/** A base token for a base, as the API-token exchange would issue it. */
		String issueBaseToken(EmulatedBase base);

		/** Makes an API token invalid. */
		void revokeApiToken(String apiToken);

	}

	/** Ends an account request with an error answer. */
	static final class AccountFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		final transient AccountAnswer answer;

		AccountFailure(int status, String key, String message) {
			super(message, null, false, false);
			this.answer = AccountAnswer.error(status, key, message);
		}

	}

}

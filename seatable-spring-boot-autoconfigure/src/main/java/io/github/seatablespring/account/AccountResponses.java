package io.github.seatablespring.account;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.seatablespring.http.AnswerReadException;
import io.github.seatablespring.account.model.AccountInfo;
import io.github.seatablespring.account.model.ApiToken;
import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.account.model.BaseSnapshot;
import io.github.seatablespring.account.model.Department;
import io.github.seatablespring.account.model.ExternalLink;
import io.github.seatablespring.account.model.Group;
import io.github.seatablespring.account.model.GroupMember;
import io.github.seatablespring.account.model.GroupShare;
import io.github.seatablespring.account.model.Permission;
import io.github.seatablespring.account.model.UserInfo;
import io.github.seatablespring.account.model.UserShare;
import io.github.seatablespring.account.model.Webhook;
import io.github.seatablespring.account.model.Workspace;
import io.github.seatablespring.auth.BaseToken;
import io.github.seatablespring.auth.JwtExpiry;
import io.github.seatablespring.core.JsonFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the account operations' JSON answers into the model: the one place that knows
 * their shapes. Lenient like the base template's reader: masked or missing fields read as
 * empty values, and a list may come as the documented wrapper object, a bare array, or a
 * single element.
 */
final class AccountResponses {

	/**
	 * Base tokens live three days; used when the token carries no readable {@code exp}.
	 */
	private static final Duration DEFAULT_BASE_TOKEN_LIFETIME = Duration.ofDays(3);

	private final Clock clock;

	AccountResponses(Clock clock) {
		this.clock = clock;
	}

	/** An answer as plain Java values, for the areas without a record of their own. */
	static Map<String, @Nullable Object> object(JsonNode answer) {
		return JsonFields.object(answer);
	}

	/** The objects of a list answer, for the areas without a record of their own. */
	static List<Map<String, @Nullable Object>> objects(JsonNode answer, String field) {
		return list(answer, field, JsonFields::object);
	}

	/**
	 * The elements of a list answer: {@code answer[field]}, a bare array, or the answer
	 * itself when it is one element (recorded answers keep only the first).
	 */
	static <T> List<T> list(JsonNode answer, String field, Function<JsonNode, T> element) {
		JsonNode items = answer.path(field);
		if (!items.isArray()) {
			items = answer.isArray() ? answer : null;
		}
		List<T> result = new ArrayList<>();
		if (items != null) {
			items.forEach((item) -> result.add(element.apply(item)));
		}
		else if (answer.isObject() && !answer.has(field) && !answer.isEmpty()) {
			result.add(element.apply(answer));
		}
		return result;
	}

	/**
	 * The object in {@code answer[field]}, or the answer itself when it is not wrapped.
	 */
	static JsonNode unwrap(JsonNode answer, String field) {
		JsonNode inner = answer.path(field);
		return inner.isObject() ? inner : answer;
	}

	static AccountInfo accountInfo(JsonNode node) {
		return new AccountInfo(text(node, "email"), text(node, "name"), text(node, "contact_email"),
				text(node, "login_id"), text(node, "avatar_url"), text(node, "institution"), flag(node, "is_staff"),
				number(node, "usage"), number(node, "total"), number(node, "row_usage"), number(node, "row_total"));
	}

	static BaseInfo base(JsonNode node) {
		return new BaseInfo(number(node, "id"), number(node, "workspace_id"), text(node, "uuid"), text(node, "name"),
				text(node, "creator"), text(node, "modifier"), JsonFields.timestamp(node, "created_at"),
				JsonFields.timestamp(node, "updated_at"), nullableText(node, "color"), nullableText(node, "icon"));
	}

	static List<BaseInfo> bases(JsonNode answer, String field) {
		return list(answer, field, AccountResponses::base);
	}

	/** A base in an answer that wraps it in {@code table} or {@code dtable}. */
	static BaseInfo wrappedBase(JsonNode answer) {
		JsonNode base = answer.has("table") ? answer.path("table") : unwrap(answer, "dtable");
		if (!base.isObject()) {
			throw malformed("no base object");
		}
		return base(base);
	}

	/** Every base the account can manage, personal ones first, then each group's. */
	static List<BaseInfo> allBases(JsonNode answer) {
		List<BaseInfo> bases = new ArrayList<>(bases(answer.path("personal"), "personal"));
		answer.path("groups").forEach((group) -> bases.addAll(bases(group.path("dtables"), "dtables")));
		return bases;
	}

	/**
	 * Real workspaces only: the pseudo entries {@code starred} and {@code shared} have no
	 * id.
	 */
	static List<Workspace> workspaces(JsonNode answer) {
		return list(answer, "workspace_list", (node) -> node).stream()
			.filter((node) -> number(node, "id") > 0)
			.map((node) -> new Workspace(number(node, "id"), text(node, "name"), text(node, "type"),
					node.path("group_id").isNumber() ? node.path("group_id").longValue() : null,
					node.has("table_list") ? bases(node.path("table_list"), "table_list") : List.of()))
			.toList();
	}

	static ApiToken apiToken(JsonNode node) {
		return new ApiToken(text(node, "app_name"), text(node, "api_token"), text(node, "generated_by"),
				JsonFields.timestamp(node, "generated_at"), JsonFields.timestamp(node, "last_access"),
				Permission.of(text(node, "permission")));
	}

	static Group group(JsonNode node) {
		return new Group(number(node, "id"), or(text(node, "name"), text(node, "group_name")),
				or(text(node, "owner"), text(node, "creator_email")), JsonFields.timestamp(node, "created_at"),
				JsonFields.strings(node.path("admins")), number(node, "parent_group_id"));
	}

	static GroupMember groupMember(JsonNode node) {
		return new GroupMember(text(node, "email"), text(node, "name"), text(node, "contact_email"), text(node, "role"),
				flag(node, "is_admin"));
	}

	static Webhook webhook(JsonNode node) {
		URI url;
		try {
			url = URI.create(text(node, "url"));
		}
		catch (IllegalArgumentException ex) {
			url = URI.create("");
		}
		return new Webhook(number(node, "id"), text(node, "dtable_uuid"), url, text(node, "creator"),
				text(node, "created_at"), text(node.path("settings"), "secret"));
	}

	static BaseSnapshot snapshot(JsonNode node) {
		return new BaseSnapshot(text(node, "dtable_name"), text(node, "commit_id"),
				JsonFields.timestamp(node, "ctime"));
	}

	static UserShare userShare(JsonNode node) {
		return new UserShare(text(node, "email"), text(node, "name"), text(node, "contact_email"),
				text(node, "permission"));
	}

	static GroupShare groupShare(JsonNode node) {
		return new GroupShare(number(node, "group_id"), text(node, "group_name"), text(node, "permission"));
	}

	static ExternalLink externalLink(JsonNode node) {
		return new ExternalLink(text(node, "url"), text(node, "token"), flag(node, "is_custom"),
				text(node, "permission"), flag(node, "is_expired"), JsonFields.timestamp(node, "expire_date"));
	}

	static Department department(JsonNode node) {
		return new Department(number(node, "id"), text(node, "name"), number(node, "parent_id"));
	}

	static UserInfo user(JsonNode node) {
		return new UserInfo(text(node, "email"), text(node, "name"), text(node, "contact_email"),
				text(node, "avatar_url"));
	}

	/**
	 * A base token: {@code access_token} and {@code dtable_uuid}, expiry from the JWT.
	 */
	BaseToken baseToken(JsonNode answer, String path) {
		String jwt = text(answer, "access_token");
		String uuid = text(answer, "dtable_uuid");
		if (jwt.isBlank() || uuid.isBlank()) {
			throw malformed("no access_token or dtable_uuid");
		}
		Instant expiresAt = JwtExpiry.of(jwt).orElseGet(() -> this.clock.instant().plus(DEFAULT_BASE_TOKEN_LIFETIME));
		return new BaseToken(jwt, uuid, nullableText(answer, "dtable_name"), nullableText(answer, "workspace_id"),
				expiresAt);
	}

	/** A token or an id SeaTable answered with; it must be there. */
	static String required(JsonNode answer, String field, String path) {
		String value = text(answer, field);
		if (value.isBlank()) {
			throw malformed("no " + field);
		}
		return value;
	}

	static String text(JsonNode node, String field) {
		return JsonFields.text(node, field);
	}

	private static @Nullable String nullableText(JsonNode node, String field) {
		String value = text(node, field);
		return value.isEmpty() ? null : value;
	}

	static long number(JsonNode node, String field) {
		return JsonFields.number(node, field);
	}

	static boolean flag(JsonNode node, String field) {
		return JsonFields.flag(node, field);
	}

	private static String or(String value, String fallback) {
		return value.isEmpty() ? fallback : value;
	}

	static AnswerReadException malformed(String what) {
		return AnswerReadException.malformed("SeaTable's answer held " + what);
	}

}

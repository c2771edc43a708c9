package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import io.github.seatablespring.account.model.Group;
import io.github.seatablespring.account.model.GroupMember;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

/** Group operations of the account API. */
final class DefaultReactiveGroupsOperations implements ReactiveGroupsOperations {

	private static final String GROUPS = "/api/v2.1/groups/";

	private static final String GROUP = GROUPS + "{group_id}/";

	private static final String MEMBERS = GROUP + "members/";

	private static final String MEMBER = MEMBERS + "{group_member}/";

	private final AccountCalls calls;

	DefaultReactiveGroupsOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<Group>> list() {
		return this.calls.get(GROUPS, Map.of(), Map.of(), DefaultReactiveGroupsOperations::groups);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> create(String name) {
		return this.calls
			.send(HttpMethod.POST, GROUPS, Map.of(), Body.json(Map.of("name", Params.text(name, "name"))),
					(answer) -> answer.isArray() && !answer.isEmpty() ? answer.get(0) : answer)
			.map(AccountResponses::object);
	}

	@Override
	public Mono<Group> get(long groupId) {
		return this.calls.get(GROUP, group(groupId), Map.of(),
				(answer) -> AccountResponses.group(answer.isArray() && !answer.isEmpty() ? answer.get(0) : answer));
	}

	@Override
	public Mono<Group> update(long groupId, @Nullable String newName, @Nullable String newOwner) {
		Map<String, @Nullable Object> body = Params.of("name", newName, "owner", newOwner);
		body.values().removeIf((value) -> value == null);
		return this.calls.send(HttpMethod.PUT, GROUP, group(groupId), Body.json(body), AccountResponses::group);
	}

	@Override
	public Mono<Void> delete(long groupId) {
		return this.calls.delete(GROUP, group(groupId));
	}

	@Override
	public Mono<List<Group>> search(String query) {
		return this.calls.get("/api/v2.1/search-group/", Map.of(), Map.of("q", Params.text(query, "query")),
				DefaultReactiveGroupsOperations::groups);
	}

	@Override
	public Mono<List<GroupMember>> members(long groupId) {
		return this.calls.get(MEMBERS, group(groupId), Map.of(), DefaultReactiveGroupsOperations::members);
	}

	@Override
	public Mono<GroupMember> addMember(long groupId, String email) {
		return this.calls.send(HttpMethod.POST, MEMBERS, group(groupId),
				Body.json(Map.of("email", Params.text(email, "email"))), AccountResponses::groupMember);
	}

	@Override
	public Mono<Void> setAdmin(long groupId, String email, boolean admin) {
		return this.calls.run(HttpMethod.PUT, MEMBER, member(groupId, email), Map.of(),
				Body.json(Map.of("is_admin", admin)));
	}

	@Override
	public Mono<Void> removeMember(long groupId, String email) {
		return this.calls.delete(MEMBER, member(groupId, email));
	}

	@Override
	public Mono<List<GroupMember>> searchMembers(long groupId, String query) {
		return this.calls.get(GROUP + "search-member/", group(groupId), Map.of("q", Params.text(query, "query")),
				DefaultReactiveGroupsOperations::members);
	}

	private static List<Group> groups(JsonNode answer) {
		return AccountResponses.list(answer, "groups", AccountResponses::group);
	}

	private static List<GroupMember> members(JsonNode answer) {
		return AccountResponses.list(answer, "members", AccountResponses::groupMember);
	}

	private static Map<String, Object> group(long groupId) {
		return Map.of("group_id", groupId);
	}

	private static Map<String, Object> member(long groupId, String email) {
		return Map.of("group_id", groupId, "group_member", Params.text(email, "email"));
	}

}

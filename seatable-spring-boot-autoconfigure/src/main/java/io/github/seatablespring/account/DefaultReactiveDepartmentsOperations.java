package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.account.model.Department;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

/** Departments operations of the account API. */
final class DefaultReactiveDepartmentsOperations implements ReactiveDepartmentsOperations {

	private static final String ADDRESS_BOOK_V2_DEPARTMENTS = "/api/v2.1/address-book-v2/departments/";

	private static final String ADDRESS_BOOK_V2_USER_DEPARTMENTS = "/api/v2.1/address-book-v2/user-departments/";

	private static final String ADDRESS_BOOK_V2_DEPARTMENTS_SUB_DEPARTMENTS = "/api/v2.1/address-book-v2/departments/{department_id}/sub-departments/";

	private static final String ADDRESS_BOOK_V2_DEPARTMENTS_MEMBERS = "/api/v2.1/address-book-v2/departments/{department_id}/members/";

	private static final String ADDRESS_BOOK_V2_DEPARTMENTS_MEMBER = "/api/v2.1/address-book-v2/departments/{department_id}/members/{user_id}/";

	private static final String ADDRESS_BOOK_V2_DEPARTMENTS_MEMBERS_DTABLES = "/api/v2.1/address-book-v2/departments/{department_id}/members/{user_id}/dtables/";

	private static final String ADDRESS_BOOK_V2_DEPARTMENTS_GROUPS_MEMBERS_COUNT = "/api/v2.1/address-book-v2/departments/groups/{group_id}/members-count/";

	private final AccountCalls calls;

	DefaultReactiveDepartmentsOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<Department>> list() {
		return this.calls.get(ADDRESS_BOOK_V2_DEPARTMENTS, Map.of(), Map.of(),
				(answer) -> AccountResponses.list(answer, "departments", AccountResponses::department));
	}

	@Override
	public Mono<List<Department>> listOfUser() {
		return this.calls.get(ADDRESS_BOOK_V2_USER_DEPARTMENTS, Map.of(), Map.of(),
				(answer) -> AccountResponses.list(answer, "department_list", AccountResponses::department));
	}

	@Override
	public Mono<List<Department>> subDepartments(long departmentId) {
		return this.calls.get(ADDRESS_BOOK_V2_DEPARTMENTS_SUB_DEPARTMENTS, Params.of("department_id", departmentId),
				Map.of(), (answer) -> AccountResponses.list(answer, "department_list", AccountResponses::department));
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> members(long departmentId) {
		return this.calls.get(ADDRESS_BOOK_V2_DEPARTMENTS_MEMBERS, Params.of("department_id", departmentId), Map.of(),
				(answer) -> AccountResponses.objects(answer, "member_list"));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> addMembers(long departmentId, List<String> emails) {
		return this.calls.send(HttpMethod.POST, ADDRESS_BOOK_V2_DEPARTMENTS_MEMBERS,
				Params.of("department_id", departmentId), Body.json(Params.of("emails", emails)),
				AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> setAdmin(long departmentId, String userId, boolean admin) {
		return this.calls.send(HttpMethod.PUT, ADDRESS_BOOK_V2_DEPARTMENTS_MEMBER,
				Params.of("department_id", departmentId, "user_id", Params.text(userId, "userId")),
				Body.json(Params.of("is_admin", admin)), AccountResponses::object);
	}

	@Override
	public Mono<Void> removeMember(long departmentId, String userId) {
		return this.calls.run(HttpMethod.DELETE, ADDRESS_BOOK_V2_DEPARTMENTS_MEMBER,
				Params.of("department_id", departmentId, "user_id", Params.text(userId, "userId")), Map.of(),
				Body.none());
	}

	@Override
	public Mono<List<BaseInfo>> memberBases(long departmentId, String userId) {
		return this.calls.get(ADDRESS_BOOK_V2_DEPARTMENTS_MEMBERS_DTABLES,
				Params.of("department_id", departmentId, "user_id", Params.text(userId, "userId")), Map.of(),
				(answer) -> AccountResponses.bases(answer, "dtable_list"));
	}

	@Override
	public Mono<Long> groupMembersCount(long groupId) {
		return this.calls.get(ADDRESS_BOOK_V2_DEPARTMENTS_GROUPS_MEMBERS_COUNT, Params.of("group_id", groupId),
				Map.of(), (answer) -> AccountResponses.number(answer, "count"));
	}

}

package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.account.model.Department;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the departments of the team's address book; reached with
 * {@code account.departments()}.
 *
 * @see DepartmentsOperations
 */
public interface ReactiveDepartmentsOperations {

	/** The departments of the team ({@code listDepartments}). */
	Mono<List<Department>> list();

	/** The departments the account belongs to ({@code listUserDepartments}). */
	Mono<List<Department>> listOfUser();

	/** The departments below a department ({@code listSubDepartments}). */
	Mono<List<Department>> subDepartments(long departmentId);

	/** The members of a department ({@code listDepartmentMembers}). */
	Mono<List<Map<String, @Nullable Object>>> members(long departmentId);

	/** Adds users to a department ({@code addDepartmentMembers}). */
	Mono<Map<String, @Nullable Object>> addMembers(long departmentId, List<String> emails);

	/**
	 * Makes a member an administrator of the department, or takes that back
	 * ({@code updateDepartmentMember}).
	 */
	Mono<Map<String, @Nullable Object>> setAdmin(long departmentId, String userId, boolean admin);

	/** Removes a member from a department ({@code removeDepartmentMember}). */
	Mono<Void> removeMember(long departmentId, String userId);

	/** The bases of a department member ({@code listDepartmentMemberBases}). */
	Mono<List<BaseInfo>> memberBases(long departmentId, String userId);

	/**
	 * How many members the group of a department has
	 * ({@code getDepartmentGroupMembersCount}).
	 */
	Mono<Long> groupMembersCount(long groupId);

}

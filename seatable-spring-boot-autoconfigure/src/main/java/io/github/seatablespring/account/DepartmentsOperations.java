package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.account.model.Department;
import org.jspecify.annotations.Nullable;

/**
 * Operations on the departments of the team's address book; reached with
 * {@code account.departments()}.
 *
 * @see ReactiveDepartmentsOperations
 */
public interface DepartmentsOperations {

	/** The departments of the team ({@code listDepartments}). */
	List<Department> list();

	/** The departments the account belongs to ({@code listUserDepartments}). */
	List<Department> listOfUser();

	/** The departments below a department ({@code listSubDepartments}). */
	List<Department> subDepartments(long departmentId);

	/** The members of a department ({@code listDepartmentMembers}). */
	List<Map<String, @Nullable Object>> members(long departmentId);

	/** Adds users to a department ({@code addDepartmentMembers}). */
	Map<String, @Nullable Object> addMembers(long departmentId, List<String> emails);

	/**
	 * Makes a member an administrator of the department, or takes that back
	 * ({@code updateDepartmentMember}).
	 */
	Map<String, @Nullable Object> setAdmin(long departmentId, String userId, boolean admin);

	/** Removes a member from a department ({@code removeDepartmentMember}). */
	void removeMember(long departmentId, String userId);

	/** The bases of a department member ({@code listDepartmentMemberBases}). */
	List<BaseInfo> memberBases(long departmentId, String userId);

	/**
	 * How many members the group of a department has
	 * ({@code getDepartmentGroupMembersCount}).
	 */
	Long groupMembersCount(long groupId);

}

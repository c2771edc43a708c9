package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.account.model.Department;
import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking departments operations that wait for their reactive twin. */
final class DefaultDepartmentsOperations implements DepartmentsOperations {

	private final ReactiveDepartmentsOperations reactive;

	DefaultDepartmentsOperations(ReactiveDepartmentsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Department> list() {
		return Blocking.await(this.reactive.list());
	}

	@Override
	public List<Department> listOfUser() {
		return Blocking.await(this.reactive.listOfUser());
	}

	@Override
	public List<Department> subDepartments(long departmentId) {
		return Blocking.await(this.reactive.subDepartments(departmentId));
	}

	@Override
	public List<Map<String, @Nullable Object>> members(long departmentId) {
		return Blocking.await(this.reactive.members(departmentId));
	}

	@Override
	public Map<String, @Nullable Object> addMembers(long departmentId, List<String> emails) {
		return Blocking.await(this.reactive.addMembers(departmentId, emails));
	}

	@Override
	public Map<String, @Nullable Object> setAdmin(long departmentId, String userId, boolean admin) {
		return Blocking.await(this.reactive.setAdmin(departmentId, userId, admin));
	}

	@Override
	public void removeMember(long departmentId, String userId) {
		Blocking.run(this.reactive.removeMember(departmentId, userId));
	}

	@Override
	public List<BaseInfo> memberBases(long departmentId, String userId) {
		return Blocking.await(this.reactive.memberBases(departmentId, userId));
	}

	@Override
	public Long groupMembersCount(long groupId) {
		return Blocking.await(this.reactive.groupMembersCount(groupId));
	}

}

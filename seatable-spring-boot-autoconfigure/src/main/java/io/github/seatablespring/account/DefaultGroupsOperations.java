package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.Group;
import io.github.seatablespring.account.model.GroupMember;
import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

/** Blocking groups operations that wait for their reactive twin. */
final class DefaultGroupsOperations implements GroupsOperations {

	private final ReactiveGroupsOperations reactive;

	DefaultGroupsOperations(ReactiveGroupsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Group> list() {
		return Blocking.await(this.reactive.list());
	}

	@Override
	public Map<String, @Nullable Object> create(String name) {
		return Blocking.await(this.reactive.create(name));
	}

	@Override
	public Group get(long groupId) {
		return Blocking.await(this.reactive.get(groupId));
	}

	@Override
	public Group update(long groupId, @Nullable String newName, @Nullable String newOwner) {
		return Blocking.await(this.reactive.update(groupId, newName, newOwner));
	}

	@Override
	public void delete(long groupId) {
		Blocking.run(this.reactive.delete(groupId));
	}

	@Override
	public List<Group> search(String query) {
		return Blocking.await(this.reactive.search(query));
	}

	@Override
	public List<GroupMember> members(long groupId) {
		return Blocking.await(this.reactive.members(groupId));
	}

	@Override
	public GroupMember addMember(long groupId, String email) {
		return Blocking.await(this.reactive.addMember(groupId, email));
	}

	@Override
	public void setAdmin(long groupId, String email, boolean admin) {
		Blocking.run(this.reactive.setAdmin(groupId, email, admin));
	}

	@Override
	public void removeMember(long groupId, String email) {
		Blocking.run(this.reactive.removeMember(groupId, email));
	}

	@Override
	public List<GroupMember> searchMembers(long groupId, String query) {
		return Blocking.await(this.reactive.searchMembers(groupId, query));
	}

}

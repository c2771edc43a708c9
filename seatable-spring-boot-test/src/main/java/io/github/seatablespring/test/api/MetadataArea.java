package io.github.seatablespring.test.api;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.test.store.BaseStore;

/** The base's metadata and its collaborators ({@code related-users}). */
final class MetadataArea implements Area {

	@Override
	public void register(RouteTable routes) {
		routes.get(RouteTable.GATEWAY + "/metadata/", Access.BASE_READ,
				(call) -> Map.of("metadata", call.base().metadata()))
			.get(RouteTable.GATEWAY + "/related-users/", Access.BASE_READ, (call) -> Map.of("user_list", List.of(user())));
	}

	/** The emulator's one user, who makes every change. */
	static Map<String, Object> user() {
		return Map.of("email", BaseStore.CREATOR, "name", "Emulator", "contact_email", "emulator@example.com",
				"avatar_url", "", "id_in_org", "", "is_admin", true, "name_pinyin", "emulator");
	}

}

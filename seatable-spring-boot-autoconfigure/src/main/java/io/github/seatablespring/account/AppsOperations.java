package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Operations on universal apps; reached with {@code account.apps()}.
 *
 * @see ReactiveAppsOperations
 */
public interface AppsOperations {

	/** The apps the account manages and may use ({@code listApps}). */
	Map<String, @Nullable Object> list();

	/** Adds users to an app ({@code importUsersToApp}). */
	Map<String, @Nullable Object> importUsers(String appToken, List<? extends Map<String, ?>> users);

	/** The users of an app ({@code listUniversalAppUsers}). */
	Map<String, @Nullable Object> users(String appToken);

	/** The invitation links of an app ({@code listAppInviteLinks}). */
	List<Map<String, @Nullable Object>> inviteLinks(String appToken);

	/** Deactivates an app or activates it again ({@code changeAppStatus}). */
	Map<String, @Nullable Object> setInactive(String appToken, boolean inactive);

}

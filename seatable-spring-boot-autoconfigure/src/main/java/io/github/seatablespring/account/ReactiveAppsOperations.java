package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on universal apps; reached with {@code account.apps()}.
 *
 * @see AppsOperations
 */
public interface ReactiveAppsOperations {

	/** The apps the account manages and may use ({@code listApps}). */
	Mono<Map<String, @Nullable Object>> list();

	/** Adds users to an app ({@code importUsersToApp}). */
	Mono<Map<String, @Nullable Object>> importUsers(String appToken, List<? extends Map<String, ?>> users);

	/** The users of an app ({@code listUniversalAppUsers}). */
	Mono<Map<String, @Nullable Object>> users(String appToken);

	/** The invitation links of an app ({@code listAppInviteLinks}). */
	Mono<List<Map<String, @Nullable Object>>> inviteLinks(String appToken);

	/** Deactivates an app or activates it again ({@code changeAppStatus}). */
	Mono<Map<String, @Nullable Object>> setInactive(String appToken, boolean inactive);

}

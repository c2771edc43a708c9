package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

/** SystemNotifications operations of the account API. */
final class DefaultReactiveSystemNotificationsOperations implements ReactiveSystemNotificationsOperations {

	private static final String SYS_USER_NOTIFICATIONS_UNSEEN = "/api/v2.1/sys-user-notifications/unseen/";

	private static final String SYS_USER_NOTIFICATIONS_SEEN = "/api/v2.1/sys-user-notifications/{sys_notification_id}/seen/";

	private final AccountCalls calls;

	DefaultReactiveSystemNotificationsOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> listUnseen() {
		return this.calls.get(SYS_USER_NOTIFICATIONS_UNSEEN, Map.of(), Map.of(),
				(answer) -> AccountResponses.objects(answer, "notifications"));
	}

	@Override
	public Mono<Void> markSeen(long notificationId) {
		return this.calls.run(HttpMethod.PUT, SYS_USER_NOTIFICATIONS_SEEN,
				Params.of("sys_notification_id", notificationId), Map.of(), Body.none());
	}

}

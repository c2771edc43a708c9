package io.github.seatablespring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.seatablespring.http.AnswerReader;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.model.Notification;
import io.github.seatablespring.model.ToastType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Notifications operations on the API gateway. */
final class DefaultReactiveNotificationsOperations implements ReactiveNotificationsOperations {

	private static final String NOTIFICATIONS = "/notifications/";

	private static final String NOTIFICATION = "/notifications/{notification_id}/";

	private static final String TOASTS = "/ui-toasts/";

	private final BaseApiClient api;

	DefaultReactiveNotificationsOperations(BaseApiClient api) {
		this.api = api;
	}

	@Override
	public Flux<Notification> list() {
		return this.api
			.exchange(HttpMethod.GET, NOTIFICATIONS, Map.of(), Map.of(), null, AnswerReader.tree(this::notifications))
			.flatMapIterable(Function.identity());
	}

	@Override
	public Mono<Void> markAllSeen(boolean seen) {
		return this.api.exchangeForm(HttpMethod.PUT, NOTIFICATIONS, Map.of(), seenForm(seen)).then();
	}

	@Override
	public Mono<Void> deleteAll() {
		return this.api.exchange(HttpMethod.DELETE, NOTIFICATIONS, Map.of(), Map.of(), null).then();
	}

	@Override
	public Mono<Void> markSeen(long notificationId, boolean seen) {
		Assert.isTrue(notificationId >= 1, () -> "notification id must be at least 1, was " + notificationId);
		return this.api
			.exchangeForm(HttpMethod.PUT, NOTIFICATION, Map.of("notification_id", notificationId), seenForm(seen))
			.then();
	}

	@Override
	public Mono<Void> sendToast(String toUser, ToastType type, String message) {
		Assert.hasText(toUser, "toUser must not be empty");
		Assert.notNull(type, "type must not be null");
		Assert.hasText(message, "message must not be empty");
		// as SeaTable's API reference defines it; see API issue 30 for servers that
		// reject it
		Map<String, Object> body = Map.of("to_user", toUser, "toast_type", type.value(), "detail",
				Map.of("msg", message));
		return this.api.exchange(HttpMethod.POST, TOASTS, Map.of(), Map.of(), body).then();
	}

	/**
	 * The server reads {@code seen} as a form field and answers 400 "seen invalid" to a
	 * JSON boolean (API issue 29), so it is sent form-encoded as the string {@code true}
	 * or {@code false}.
	 */
	private static MultiValueMap<String, String> seenForm(boolean seen) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("seen", Boolean.toString(seen));
		return form;
	}

	private List<Notification> notifications(JsonNode body) {
		JsonNode list = body.path("notification_list");
		if (!list.isArray()) {
			throw Responses.malformed("no 'notification_list' array");
		}
		List<Notification> result = new ArrayList<>(list.size());
		for (JsonNode notification : list) {
			if (!notification.isObject()) {
				throw Responses.malformed("a notification that is not a JSON object");
			}
			result
				.add(new Notification(JsonFields.number(notification, "id"), JsonFields.text(notification, "username"),
						JsonFields.text(notification, "msg_type"), JsonFields.timestamp(notification, "created_at"),
						JsonFields.object(notification.path("detail")), JsonFields.flag(notification, "seen")));
		}
		return result;
	}

}

package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import io.github.seatablespring.account.model.AccountInfo;
import io.github.seatablespring.account.model.UserInfo;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.Assert;

/** User operations of the account API. */
final class DefaultReactiveUserOperations implements ReactiveUserOperations {

	private final AccountCalls calls;

	DefaultReactiveUserOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<AccountInfo> info() {
		return this.calls.get("/api2/account/info/", Map.of(), Map.of(), AccountResponses::accountInfo);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> updateContactEmail(String contactEmail) {
		return this.calls.send(HttpMethod.PUT, "/api/v2.1/user/contact-email/", Map.of(),
				Body.form(Params.of("new_contact_email", Params.text(contactEmail, "contactEmail"))),
				AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> uploadAvatar(Resource avatar, int size) {
		Assert.notNull(avatar, "avatar must not be null");
		Assert.isTrue(size > 0, "size must be positive");
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("avatar", avatar);
		parts.part("avatar_size", String.valueOf(size));
		return this.calls.send(HttpMethod.POST, "/api/v2.1/user-avatar/", Map.of(), Body.multipart(parts),
				AccountResponses::object);
	}

	@Override
	public Mono<UserInfo> publicInfo(String userId) {
		return this.calls.get("/api/v2.1/user-common-info/{user_id}/", Map.of("user_id", Params.text(userId, "userId")),
				Map.of(), AccountResponses::user);
	}

	@Override
	public Mono<List<UserInfo>> publicInfos(List<String> userIds) {
		Assert.notEmpty(userIds, "userIds must not be empty");
		return this.calls.send(HttpMethod.POST, "/api/v2.1/user-list/", Map.of(),
				Body.json(Map.of("user_id_list", userIds)),
				(answer) -> AccountResponses.list(answer, "user_list", AccountResponses::user));
	}

	@Override
	public Mono<List<UserInfo>> search(String query) {
		return this.calls.get("/api2/search-user/", Map.of(), Map.of("q", Params.text(query, "query")),
				(answer) -> AccountResponses.list(answer, "users", AccountResponses::user));
	}

}

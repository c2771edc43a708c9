package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.AccountInfo;
import io.github.seatablespring.account.model.UserInfo;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;

/**
 * Reactive operations on the account's own user and on finding other users; reached with
 * {@code account.user()}.
 *
 * @see UserOperations
 */
public interface ReactiveUserOperations {

	/** Who the account is ({@code getAccountInfo}). */
	Mono<AccountInfo> info();

	/** Changes the address mails go to ({@code updateEmailAddress}). */
	Mono<Map<String, @Nullable Object>> updateContactEmail(String contactEmail);

	/**
	 * Uploads a new avatar ({@code addUserAvatar}); the image is streamed.
	 * @param avatar the image, a {@link Resource} that can be read again should SeaTable
	 * ask to retry
	 * @param size the size in pixels SeaTable answers the avatar in
	 */
	Mono<Map<String, @Nullable Object>> uploadAvatar(Resource avatar, int size);

	/** Name and contact address of a user ({@code getPublicUserInfo}). */
	Mono<UserInfo> publicInfo(String userId);

	/** Name and contact address of several users ({@code listPublicUserInfos}). */
	Mono<List<UserInfo>> publicInfos(List<String> userIds);

	/** Users whose name or address contains {@code query} ({@code searchUser}). */
	Mono<List<UserInfo>> search(String query);

}

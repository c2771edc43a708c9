package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.model.AccountInfo;
import io.github.seatablespring.account.model.UserInfo;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;

/**
 * Operations on the account's own user and on finding other users; reached with
 * {@code account.user()}.
 *
 * @see ReactiveUserOperations
 */
public interface UserOperations {

	/** Who the account is ({@code getAccountInfo}). */
	AccountInfo info();

	/** Changes the address mails go to ({@code updateEmailAddress}). */
	Map<String, @Nullable Object> updateContactEmail(String contactEmail);

	/**
	 * Uploads a new avatar ({@code addUserAvatar}); the image is streamed.
	 * @param avatar the image, a {@link Resource} that can be read again should SeaTable
	 * ask to retry
	 * @param size the size in pixels SeaTable answers the avatar in
	 */
	Map<String, @Nullable Object> uploadAvatar(Resource avatar, int size);

	/** Name and contact address of a user ({@code getPublicUserInfo}). */
	UserInfo publicInfo(String userId);

	/** Name and contact address of several users ({@code listPublicUserInfos}). */
	List<UserInfo> publicInfos(List<String> userIds);

	/** Users whose name or address contains {@code query} ({@code searchUser}). */
	List<UserInfo> search(String query);

}

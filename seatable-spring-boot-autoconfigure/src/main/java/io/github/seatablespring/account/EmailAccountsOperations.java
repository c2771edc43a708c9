package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Operations on the e-mail accounts bases send mail with; reached with
 * {@code account.emailAccounts()}.
 *
 * @see ReactiveEmailAccountsOperations
 */
public interface EmailAccountsOperations {

	/** The e-mail accounts of a base ({@code listEmailAccounts}). */
	List<Map<String, @Nullable Object>> list(String baseUuid);

	/** Adds an e-mail account to a base ({@code addEmailAccount}). */
	Map<String, @Nullable Object> add(String baseUuid, String name, String type, Map<String, ?> detail);

	/** Changes an e-mail account of a base ({@code updateEmailAccount}). */
	Map<String, @Nullable Object> update(String baseUuid, long accountId, String name, String type,
			Map<String, ?> detail);

	/** Removes an e-mail account from a base ({@code deleteEmailAccount}). */
	void delete(String baseUuid, long accountId);

	/** An e-mail account of a base by name ({@code getEmailAccount}). */
	Map<String, @Nullable Object> get(String baseUuid, String name);

	/** Whether a mail task has finished ({@code getEmailSendingStatus}). */
	Map<String, @Nullable Object> sendingStatus(String taskId);

}

package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

/** EmailAccounts operations of the account API. */
final class DefaultReactiveEmailAccountsOperations implements ReactiveEmailAccountsOperations {

	private static final String THIRD_PARTY_ACCOUNTS = "/api/v2.1/third-party-accounts/{base_uuid}/";

	private static final String THIRD_PARTY_ACCOUNT = "/api/v2.1/third-party-accounts/{base_uuid}/{account_id}/";

	private static final String THIRD_PARTY_ACCOUNTS_DETAIL = "/api/v2.1/third-party-accounts/{base_uuid}/detail/";

	private static final String DTABLE_MESSAGE_STATUS = "/api/v2.1/dtable-message-status/";

	private final AccountCalls calls;

	DefaultReactiveEmailAccountsOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> list(String baseUuid) {
		return this.calls.get(THIRD_PARTY_ACCOUNTS, Params.baseUuid(baseUuid), Map.of(),
				(answer) -> AccountResponses.objects(answer, "accounts_list"));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> add(String baseUuid, String name, String type, Map<String, ?> detail) {
		return this.calls.send(
				HttpMethod.POST, THIRD_PARTY_ACCOUNTS, Params.baseUuid(baseUuid), Body.json(Params.of("account_name",
						Params.text(name, "name"), "account_type", Params.text(type, "type"), "detail", detail)),
				AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> update(String baseUuid, long accountId, String name, String type,
			Map<String, ?> detail) {
		return this.calls.send(HttpMethod.PUT, THIRD_PARTY_ACCOUNT,
				Params.of("base_uuid", Params.text(baseUuid, "baseUuid"), "account_id", accountId),
				Body.json(Params.of("account_name", Params.text(name, "name"), "account_type",
						Params.text(type, "type"), "detail", detail)),
				AccountResponses::object);
	}

	@Override
	public Mono<Void> delete(String baseUuid, long accountId) {
		return this.calls.run(HttpMethod.DELETE, THIRD_PARTY_ACCOUNT,
				Params.of("base_uuid", Params.text(baseUuid, "baseUuid"), "account_id", accountId), Map.of(),
				Body.none());
	}

	@Override
	public Mono<Map<String, @Nullable Object>> get(String baseUuid, String name) {
		return this.calls.get(THIRD_PARTY_ACCOUNTS_DETAIL, Params.baseUuid(baseUuid),
				Params.of("account_name", Params.text(name, "name")), AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> sendingStatus(String taskId) {
		return this.calls.get(DTABLE_MESSAGE_STATUS, Map.of(), Params.of("task_id", Params.text(taskId, "taskId")),
				AccountResponses::object);
	}

}

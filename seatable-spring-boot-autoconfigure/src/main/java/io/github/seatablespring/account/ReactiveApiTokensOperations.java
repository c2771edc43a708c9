package io.github.seatablespring.account;

import java.util.List;

import io.github.seatablespring.account.model.ApiToken;
import io.github.seatablespring.account.model.Permission;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the API tokens of a base; reached with
 * {@code account.apiTokens()}.
 *
 * @see ApiTokensOperations
 */
public interface ReactiveApiTokensOperations {

	/** The API tokens of a base ({@code listApiTokens}). */
	Mono<List<ApiToken>> list(long workspaceId, String baseName);

	/**
	 * Creates an API token ({@code createApiToken}).
	 * @param appName the token's name, unique in the base
	 */
	Mono<ApiToken> create(long workspaceId, String baseName, String appName, Permission permission);

	/** Changes what an API token may do ({@code updateApiToken}). */
	Mono<ApiToken> update(long workspaceId, String baseName, String appName, Permission permission);

	/** Deletes an API token ({@code deleteApiToken}). */
	Mono<Void> delete(long workspaceId, String baseName, String appName);

	/** Creates a read-write API token valid for one hour ({@code createTempApiToken}). */
	Mono<String> createTemporary(long workspaceId, String baseName);

}

package io.github.seatablespring.account;

import java.util.List;

import io.github.seatablespring.account.model.ApiToken;
import io.github.seatablespring.account.model.Permission;

/**
 * Operations on the API tokens of a base; reached with {@code account.apiTokens()}.
 *
 * @see ReactiveApiTokensOperations
 */
public interface ApiTokensOperations {

	/** The API tokens of a base ({@code listApiTokens}). */
	List<ApiToken> list(long workspaceId, String baseName);

	/**
	 * Creates an API token ({@code createApiToken}).
	 * @param appName the token's name, unique in the base
	 */
	ApiToken create(long workspaceId, String baseName, String appName, Permission permission);

	/** Changes what an API token may do ({@code updateApiToken}). */
	ApiToken update(long workspaceId, String baseName, String appName, Permission permission);

	/** Deletes an API token ({@code deleteApiToken}). */
	void delete(long workspaceId, String baseName, String appName);

	/** Creates a read-write API token valid for one hour ({@code createTempApiToken}). */
	String createTemporary(long workspaceId, String baseName);

}
